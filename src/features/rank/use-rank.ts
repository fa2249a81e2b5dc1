// Hooks over the ranking store: reading storage after mount, following other tabs, hydration-safe reads.
import { useEffect, useRef, useState } from 'react';
import { persistedHooks } from '../../lib/use-persisted.ts';
import { RANK_KEY, rankStorage, useRank } from './rank-store.ts';

const hooks = persistedHooks(useRank.persist, RANK_KEY, rankStorage);

/** Reads the saved run after the first render (so it matches the prerendered page), and when another tab saves. */
export const useRankSync = hooks.useSync;
/** False on the server and during hydration; true once the saved run has been read. */
export const useRankReady = hooks.useReady;
/** Storage problems to tell the person about (none on the server). */
export const useRankStorageStatus = hooks.useStorageStatus;

/** A heading ref that takes focus when it mounts, if `focus` was true then (a view the person's action brought). */
export function useFocusOnMount(focus: boolean) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [atMount] = useState(focus);
  useEffect(() => {
    if (atMount) heading.current?.focus();
  }, [atMount]);
  return heading;
}
