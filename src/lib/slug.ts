// Track slugs: matching a typed or shared spelling (any case, spacing or punctuation) to the canonical slug.

/** Reduces any spelling of a title or slug to a comparison key: "Game-Boy", "game boy" and "gameboy" agree. */
export function slugKey(input: string): string {
  let text = input;
  try {
    text = decodeURIComponent(input);
  } catch {
    // A malformed escape is compared as typed.
  }
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** What a track needs to be found by any spelling. */
export interface Sluggable {
  slug: string;
  title: string;
  aliases: readonly string[];
}

/** The canonical slug for a spelling, or null when no track matches. */
export function resolveSlug(input: string, tracks: readonly Sluggable[]): string | null {
  const key = slugKey(input);
  if (key === '') return null;
  const match = tracks.find(
    (t) => slugKey(t.slug) === key || slugKey(t.title) === key || t.aliases.some((a) => slugKey(a) === key),
  );
  return match ? match.slug : null;
}
