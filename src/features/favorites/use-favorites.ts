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
    void useFavorites.persist.rehydrate();
    const onStorage = (event: StorageEvent) => {
      if (event.key === FAVORITES_KEY || event.key === null) void useFavorites.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
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
