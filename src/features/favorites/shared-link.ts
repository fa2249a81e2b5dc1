// Shared favorites links: "/favorites?shared=apt,gameboy" carries the slugs; reading one keeps the known tracks
// and counts what it had to ignore (unknown or malformed entries).
import { resolveSlug, type Sluggable } from '../../lib/slug.ts';

export const SHARED_PARAM = 'shared';
/** More entries than the album could ever need are ignored (and counted). */
const MAX_ENTRIES = 100;

/** The path of a link that shares these slugs, from the favorites page path ("/favorites", "/ko/favorites"). */
export function sharedFavoritesPath(pagePath: string, slugs: readonly string[]): string {
  return `${pagePath}?${SHARED_PARAM}=${slugs.map(encodeURIComponent).join(',')}`;
}

export interface SharedFavorites {
  /** Known tracks' canonical slugs, in album order, each once. */
  slugs: string[];
  /** How many entries were unknown or malformed. */
  ignored: number;
}

/** Reads a query string ("?shared=apt,gameboy"); null when it carries no shared list. */
export function parseSharedFavorites(search: string, tracks: readonly Sluggable[]): SharedFavorites | null {
  const value = new URLSearchParams(search).get(SHARED_PARAM);
  if (value === null) return null;
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const found = new Set<string>();
  let ignored = Math.max(0, entries.length - MAX_ENTRIES);
  for (const entry of entries.slice(0, MAX_ENTRIES)) {
    const slug = resolveSlug(entry, tracks);
    if (slug === null) ignored += 1;
    else found.add(slug);
  }
  return { slugs: tracks.filter((t) => found.has(t.slug)).map((t) => t.slug), ignored };
}
