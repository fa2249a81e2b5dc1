// Shared ranking links: "/rank?r=apt,gameboy~3am,number-one-girl" holds the places in order by slug, "," between
// places and "~" between tracks that share one. Slugs stay valid when the data is edited; reading a link keeps the
// known tracks (any spelling a track answers to) and counts what it had to ignore.
import { resolveSlug } from '../../lib/slug.ts';

export const RANK_PARAM = 'r';
/** Between tracks that share a place: unreserved in URLs, so it is never escaped. */
export const TIE = '~';
/** More entries than an album could ever need are ignored (and counted). */
const MAX_ENTRIES = 100;

interface Sluggable {
  slug: string;
  title: string;
  aliases: readonly string[];
}

/** The path of a link that shares these places, from the rank page path ("/rank", "/ko/rank"). */
export function rankingPath(pagePath: string, places: readonly (readonly string[])[]): string {
  const value = places.map((place) => place.map(encodeURIComponent).join(TIE)).join(',');
  return `${pagePath}?${RANK_PARAM}=${value}`;
}

export interface SharedRanking {
  /** Known tracks' canonical slugs, place by place, each track once. */
  places: string[][];
  /** How many entries were unknown, repeated or malformed. */
  ignored: number;
}

/** Reads a query string ("?r=apt,gameboy"); null when it carries no ranking. */
export function parseSharedRanking(search: string, tracks: readonly Sluggable[]): SharedRanking | null {
  const value = new URLSearchParams(search).get(RANK_PARAM);
  if (value === null) return null;
  const seen = new Set<string>();
  const places: string[][] = [];
  let entries = 0;
  let ignored = 0;
  for (const part of value.split(',')) {
    const place: string[] = [];
    for (const raw of part.split(TIE)) {
      const entry = raw.trim();
      if (entry === '') continue;
      entries += 1;
      const slug = entries > MAX_ENTRIES ? null : resolveSlug(entry, tracks);
      if (slug === null || seen.has(slug)) ignored += 1;
      else {
        seen.add(slug);
        place.push(slug);
      }
    }
    if (place.length > 0) places.push(place);
  }
  return { places, ignored };
}

/** The place number of each group: tracks that share a place share its number, and the next place skips (1, 2, 2, 4). */
export function placeNumbers(places: readonly (readonly unknown[])[]): number[] {
  let before = 0;
  return places.map((place) => {
    const number = before + 1;
    before += place.length;
    return number;
  });
}
