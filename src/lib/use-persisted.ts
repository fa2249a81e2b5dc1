// The three hooks every store saved with zustand's `persist` (behind src/lib/safe-storage.ts) needs: read the saved
// value after the first render (so it matches the prerendered page) and whenever another tab saves it, know when it
// has been read, and know what went wrong with storage.
import { useEffect, useSyncExternalStore } from 'react';
import { NO_PROBLEM, type SafeStorage, type StorageStatus } from './safe-storage.ts';

/** The part of a persisted store's `persist` API these hooks use. */
interface PersistApi {
  rehydrate: () => Promise<void> | void;
  hasHydrated: () => boolean;
  onFinishHydration: (listener: () => void) => () => void;
}

export function persistedHooks(persist: PersistApi, key: string, storage: SafeStorage) {
  const subscribeHydration = (onChange: () => void) => persist.onFinishHydration(() => onChange());
  return {
    /** Called once by the app: reads storage after the first render, and again when another tab changes it. */
    useSync: (): void => {
      useEffect(() => {
        // In a task of its own: what it fills in re-renders at once (a store update is never a transition), and
        // hydration's own effects are already a long task.
        const first = setTimeout(() => void persist.rehydrate(), 0);
        const onStorage = (event: StorageEvent) => {
          if (event.key === key || event.key === null) void persist.rehydrate();
        };
        window.addEventListener('storage', onStorage);
        return () => {
          clearTimeout(first);
          window.removeEventListener('storage', onStorage);
        };
      }, []);
    },
    /** False on the server and during hydration; true once the saved value has been read. */
    useReady: (): boolean =>
      useSyncExternalStore(
        subscribeHydration,
        () => persist.hasHydrated(),
        () => false,
      ),
    /** Storage problems to tell the person about (none on the server). */
    useStorageStatus: (): StorageStatus =>
      useSyncExternalStore(storage.subscribe, storage.status, () => NO_PROBLEM),
  };
}
