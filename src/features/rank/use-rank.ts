// Hooks over the ranking store: reading storage after mount, following other tabs, hydration-safe reads.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { NO_PROBLEM, type StorageStatus } from '../../lib/safe-storage.ts';
import { RANK_KEY, rankStorage, useRank } from './rank-store.ts';

/** Reads the saved run after the first render (so it matches the prerendered page), and when another tab saves. */
export function useRankSync() {
  useEffect(() => {
    const first = setTimeout(() => void useRank.persist.rehydrate(), 0);
    const onStorage = (event: StorageEvent) => {
      if (event.key === RANK_KEY || event.key === null) void useRank.persist.rehydrate();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      clearTimeout(first);
      window.removeEventListener('storage', onStorage);
    };
  }, []);
}

const subscribeHydration = (onChange: () => void) => useRank.persist.onFinishHydration(onChange);

/** False on the server and during hydration; true once the saved run has been read. */
export function useRankReady(): boolean {
  return useSyncExternalStore(
    subscribeHydration,
    () => useRank.persist.hasHydrated(),
    () => false,
  );
}

/** Storage problems to tell the person about (none on the server). */
export function useRankStorageStatus(): StorageStatus {
  return useSyncExternalStore(rankStorage.subscribe, rankStorage.status, () => NO_PROBLEM);
}

/** A heading ref that takes focus when it mounts, if `focus` was true then (a view the person's action brought). */
export function useFocusOnMount(focus: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [atMount] = useState(focus);
  useEffect(() => {
    if (atMount) heading.current?.focus();
  }, [atMount]);
  return heading;
}
