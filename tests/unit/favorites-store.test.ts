import { describe, expect, it } from 'vitest';
import {
  createFavoritesStorage,
  createFavoritesStore,
  FAVORITES_KEY,
  FAVORITES_VERSION,
} from '../../src/features/favorites/favorites-store.ts';
import { backupKeyFor } from '../../src/lib/safe-storage.ts';
import { FakeStorage } from '../fake-storage.ts';

const saved = (slugs: string[], version = FAVORITES_VERSION) =>
  JSON.stringify(version === 0 ? { state: { favorites: slugs }, version } : { state: { slugs }, version });

const stored = (fake: FakeStorage) =>
  JSON.parse(fake.data.get(FAVORITES_KEY) ?? 'null') as {
    state: { slugs: string[] };
    version: number;
  } | null;

async function open(fake: FakeStorage | null) {
  const storage = createFavoritesStorage(() => {
    if (!fake) throw new DOMException('denied', 'SecurityError');
    return fake as unknown as Storage;
  });
  const store = createFavoritesStore(storage);
  await store.persist.rehydrate();
  return { store, storage };
}

describe('favorites store', () => {
  it('starts empty and does not read storage until asked (the prerendered HTML knows nothing saved)', () => {
    const fake = new FakeStorage({ [FAVORITES_KEY]: saved(['apt']) });
    const store = createFavoritesStore(createFavoritesStorage(() => fake as unknown as Storage));
    expect(store.getState().slugs).toEqual([]);
    expect(store.persist.hasHydrated()).toBe(false);
  });

  it('saves slugs under a namespaced, versioned key and reads them back', async () => {
    const fake = new FakeStorage();
    const { store } = await open(fake);
    store.getState().toggle('apt');
    store.getState().toggle('gameboy');
    expect(stored(fake)).toEqual({ state: { slugs: ['apt', 'gameboy'] }, version: FAVORITES_VERSION });
    store.getState().toggle('apt');
    expect(stored(fake)?.state.slugs).toEqual(['gameboy']);
    const again = await open(fake);
    expect(again.store.getState().slugs).toEqual(['gameboy']);
  });

  it('keeps a slug the data no longer has', async () => {
    const fake = new FakeStorage({ [FAVORITES_KEY]: saved(['a-retired-track', 'apt']) });
    const { store } = await open(fake);
    store.getState().toggle('gameboy');
    expect(stored(fake)?.state.slugs).toEqual(['a-retired-track', 'apt', 'gameboy']);
  });

  it('adds a shared list without duplicates and without dropping its own', async () => {
    const fake = new FakeStorage({ [FAVORITES_KEY]: saved(['3am']) });
    const { store } = await open(fake);
    store.getState().addAll(['apt', '3am']);
    expect(stored(fake)?.state.slugs).toEqual(['3am', 'apt']);
  });

  it('migrates a version-0 value to the current version, keeping every slug', async () => {
    const fake = new FakeStorage({
      [FAVORITES_KEY]: saved(['apt', 'number-one-girl', 'apt', 'old-slug'], 0),
    });
    const { store } = await open(fake);
    expect(store.getState().slugs).toEqual(['apt', 'number-one-girl', 'old-slug']);
    expect(stored(fake)).toEqual({
      state: { slugs: ['apt', 'number-one-girl', 'old-slug'] },
      version: FAVORITES_VERSION,
    });
  });

  it.each([
    ['not valid JSON', '{"state":{"slugs":["apt"'],
    ['valid JSON of the wrong shape', '{"state":{"slugs":[1,2]},"version":1}'],
    ['from an unknown future version', '{"state":{"tracks":["apt"]},"version":7}'],
  ])('starts empty on a value %s, backs it up and says so', async (_, raw) => {
    const fake = new FakeStorage({ [FAVORITES_KEY]: raw });
    const { store, storage } = await open(fake);
    expect(store.getState().slugs).toEqual([]);
    expect(storage.status().recovered).toBe(true);
    expect(fake.data.get(backupKeyFor(FAVORITES_KEY))).toBe(raw);
    store.getState().toggle('apt');
    expect(stored(fake)?.state.slugs).toEqual(['apt']);
    expect(fake.data.get(backupKeyFor(FAVORITES_KEY))).toBe(raw);
  });

  it('ignores stored keys other than slugs: an action named in storage does not replace the action', async () => {
    const fake = new FakeStorage({
      [FAVORITES_KEY]: '{"state":{"slugs":["apt"],"toggle":"x","addAll":null},"version":1}',
    });
    const { store, storage } = await open(fake);
    expect(store.getState().slugs).toEqual(['apt']);
    expect(typeof store.getState().toggle).toBe('function');
    store.getState().toggle('gameboy');
    store.getState().addAll(['3am']);
    expect(fake.data.get(FAVORITES_KEY)).toBe(saved(['apt', 'gameboy', '3am']));
    // Readable as a whole, so nothing to back up and nothing to tell.
    expect(storage.status().recovered).toBe(false);
    expect(fake.data.has(backupKeyFor(FAVORITES_KEY))).toBe(false);
  });

  it('works in memory when localStorage throws on access', async () => {
    const { store, storage } = await open(null);
    store.getState().toggle('apt');
    expect(store.getState().slugs).toEqual(['apt']);
    expect(storage.status().memoryOnly).toBe(true);
  });

  it('works in memory when reading throws, leaving what was saved untouched', async () => {
    const fake = new FakeStorage({ [FAVORITES_KEY]: saved(['apt']) });
    fake.failReads = true;
    const { store, storage } = await open(fake);
    store.getState().toggle('gameboy');
    expect(store.getState().slugs).toEqual(['gameboy']);
    expect(storage.status().memoryOnly).toBe(true);
    expect(stored(fake)?.state.slugs).toEqual(['apt']);
  });

  it('keeps favorites in memory when the quota is exceeded and saves them all on the next write', async () => {
    const fake = new FakeStorage({ [FAVORITES_KEY]: saved(['apt']) });
    const { store, storage } = await open(fake);
    fake.full = true;
    store.getState().toggle('gameboy');
    expect(store.getState().slugs).toEqual(['apt', 'gameboy']);
    expect(storage.status().unsaved).toBe(true);
    expect(stored(fake)?.state.slugs).toEqual(['apt']);
    // Another tab's storage event while unsaved must not throw away the unsaved favorite.
    await store.persist.rehydrate();
    expect(store.getState().slugs).toEqual(['apt', 'gameboy']);
    fake.full = false;
    store.getState().toggle('3am');
    expect(stored(fake)?.state.slugs).toEqual(['apt', 'gameboy', '3am']);
    expect(storage.status().unsaved).toBe(false);
  });

  it('picks up a change another tab saved when rehydrated', async () => {
    const fake = new FakeStorage({ [FAVORITES_KEY]: saved(['apt']) });
    const { store } = await open(fake);
    fake.data.set(FAVORITES_KEY, saved(['apt', 'two-years']));
    await store.persist.rehydrate();
    expect(store.getState().slugs).toEqual(['apt', 'two-years']);
  });
});
