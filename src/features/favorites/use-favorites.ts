// Hooks over the favorites store: reading storage after mount, following other tabs, and hydration-safe reads.
import { useEffect, useSyncExternalStore } from 'react';
import { NO_PROBLEM, type StorageStatus } from '../../lib/safe-storage.ts';
import { FAVORITES_KEY, favoritesStorage, useFavorites } from './favorites-store.ts';

/**
 * Called once by the app: reads the saved favorites after the first render (so it matches the prerendered
 * HTML), and again whenever another tab changes them (the `storage` event).
 */
export function useFavoritesSync() {
  useEffect(() => {
    // In a task of its own: the hearts and counts it fills in re-render at once (a store update is never a
    // transition), and hydration's own effects are already a long task.
    const first = setTimeout(() => void useFavorites.persist.rehydrate(), 0);
    const onStorage = (event: StorageEvent) => {
      if (event.key === FAVORITES_KEY || event.key === null) void useFavorites.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      clearTimeout(first);
      window.removeEventListener('storage', onStorage);
    };
  }, []);
}

const subscribeHydration = (onChange: () => void) => useFavorites.persist.onFinishHydration(onChange);

/** False on the server and during hydration; true once the saved favorites have been read. */
export function useFavoritesReady(): boolean {
  return useSyncExternalStore(
    subscribeHydration,
    () => useFavorites.persist.hasHydrated(),
    () => false,
  );
}

/** Storage problems to tell the person about (none on the server). */
export function useStorageStatus(): StorageStatus {
  return useSyncExternalStore(favoritesStorage.subscribe, favoritesStorage.status, () => NO_PROBLEM);
}
