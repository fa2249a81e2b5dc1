// Remembered interface choices (theme, language) in localStorage, read and written in one safe place:
// storage can be missing (server), blocked (privacy settings) or full, and none of that may break the page.

/** Storage keys, shared with public/start.js (which runs before the app to pick the theme before first paint). */
export const PREFERENCE_KEYS = { theme: 'rosie-theme', lang: 'rosie-lang' } as const;

type PreferenceName = keyof typeof PREFERENCE_KEYS;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The stored value if it is one of `allowed`, else null (missing, unreadable or unknown values all mean "no choice"). */
export function readPreference<T extends string>(name: PreferenceName, allowed: readonly T[]): T | null {
  try {
    const value = storage()?.getItem(PREFERENCE_KEYS[name]) ?? null;
    return allowed.find((a) => a === value) ?? null;
  } catch {
    return null;
  }
}

/** Stores a choice (or forgets it, with null). Returns false when storage refused; the choice still applies now. */
export function writePreference(name: PreferenceName, value: string | null): boolean {
  try {
    const s = storage();
    if (!s) return false;
    if (value === null) s.removeItem(PREFERENCE_KEYS[name]);
    else s.setItem(PREFERENCE_KEYS[name], value);
    return true;
  } catch {
    return false;
  }
}
