// Favorite tracks: a zustand store persisted by zustand's own `persist` middleware through the safe storage
// wrapper. It stores track SLUGS (never positions), so editing or reordering the data never moves a favorite.
import * as v from 'valibot';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { mergeFields } from '../../lib/persisted-fields.ts';
import { createSafeStorage, type SafeStorage } from '../../lib/safe-storage.ts';

/** The storage key; public/start.js reads it (and the saved format) before first paint. */
export const FAVORITES_KEY = 'rosie:favorites';
export const FAVORITES_VERSION = 1;

/** What is saved today (version 1): the slugs in the order they were added. */
const StateV1 = v.object({ slugs: v.array(v.string()) });
/** What the first release saved (version 0): `{ favorites: ["apt", …] }`. */
const StateV0 = v.object({ favorites: v.array(v.string()) });

/** Every stored value we know how to read; anything else is backed up rather than trusted. */
const StoredFavorites = v.variant('version', [
  v.object({ version: v.literal(1), state: StateV1 }),
  v.object({ version: v.literal(0), state: StateV0 }),
]);

export type PersistedFavorites = v.InferOutput<typeof StateV1>;

export interface FavoritesState extends PersistedFavorites {
  toggle: (slug: string) => void;
  /** Adds the slugs not already there (a shared list the person chose to add). */
  addAll: (slugs: readonly string[]) => void;
}

const unique = (slugs: readonly string[]) => [...new Set(slugs)];

/** Brings an older saved value up to today's shape, keeping every slug. */
export function migrateFavorites(persisted: unknown, version: number): PersistedFavorites {
  if (version === 0) {
    const old = v.safeParse(StateV0, persisted);
    if (old.success) return { slugs: unique(old.output.favorites) };
  }
  const current = v.safeParse(StateV1, persisted);
  return { slugs: current.success ? unique(current.output.slugs) : [] };
}

/** localStorage behind the safe wrapper; only read in the browser (the store skips hydration on the server). */
export function createFavoritesStorage(
  getBackend: () => Storage | null = () => window.localStorage,
): SafeStorage {
  return createSafeStorage(getBackend, { validate: (value) => v.is(StoredFavorites, value) });
}

export function createFavoritesStore(storage: SafeStorage) {
  return create<FavoritesState>()(
    persist(
      (set) => ({
        slugs: [],
        toggle: (slug) =>
          set((s) => ({
            slugs: s.slugs.includes(slug) ? s.slugs.filter((x) => x !== slug) : [...s.slugs, slug],
          })),
        addAll: (slugs) => set((s) => ({ slugs: unique([...s.slugs, ...slugs]) })),
      }),
      {
        name: FAVORITES_KEY,
        version: FAVORITES_VERSION,
        storage: createJSONStorage(() => storage),
        partialize: (s): PersistedFavorites => ({ slugs: s.slugs }),
        migrate: migrateFavorites,
        // Only `slugs` comes back from storage: any other stored key (an action's name) is ignored, then dropped.
        merge: mergeFields(StateV1),
        // The prerendered HTML cannot know what this device saved: read storage after mount (useFavoritesSync).
        skipHydration: true,
      },
    ),
  );
}

export const favoritesStorage = createFavoritesStorage();
export const useFavorites = createFavoritesStore(favoritesStorage);
