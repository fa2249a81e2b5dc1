// The ranking in progress: a zustand store persisted by zustand's `persist` middleware through the safe storage
// wrapper, like favorites. It saves the run as the sorter needs it (its mode, its tracks by slug, its answers), so a
// reload, a closed tab or going offline resumes at the same question.
import * as v from 'valibot';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { createSafeStorage, type SafeStorage } from '../../lib/safe-storage.ts';
import { CHOICES, MODES, type Choice, type Mode } from './sorter.ts';

export const RANK_KEY = 'rosie:rank';
export const RANK_VERSION = 1;

const Run = v.object({
  mode: v.picklist(MODES),
  items: v.pipe(
    v.array(v.string()),
    v.minLength(2),
    v.maxLength(100),
    v.check((items) => new Set(items).size === items.length, 'repeated track'),
  ),
  answers: v.pipe(v.array(v.picklist(CHOICES)), v.maxLength(1000)),
});

/** What is saved (version 1): the run in progress or finished, or none. */
const StateV1 = v.object({ run: v.nullable(Run) });
const StoredRank = v.object({ version: v.literal(RANK_VERSION), state: StateV1 });

export type Run = v.InferOutput<typeof Run>;
export type PersistedRank = v.InferOutput<typeof StateV1>;

export interface RankState extends PersistedRank {
  /** The saved run was for tracks the data no longer has, so it was dropped (not saved: said once, this visit). */
  restarted: boolean;
  /** Drops a run that names a track not in `known` (the album changed since it began). */
  dropStale: (known: readonly string[]) => void;
  start: (mode: Mode, items: readonly string[]) => void;
  answer: (choice: Choice) => void;
  /** Drops the last answer. */
  undo: () => void;
  /** Forgets the run (Start over). */
  clear: () => void;
}

/** Takes only the validated fields of a stored value; anything else stays as the store has it (its actions). */
export function mergeRank(persisted: unknown, current: RankState): RankState {
  const parsed = v.safeParse(StateV1, persisted);
  return parsed.success ? { ...current, run: parsed.output.run } : current;
}

export function createRankStorage(getBackend: () => Storage | null = () => window.localStorage): SafeStorage {
  return createSafeStorage(getBackend, { validate: (value) => v.is(StoredRank, value) });
}

export function createRankStore(storage: SafeStorage) {
  return create<RankState>()(
    persist(
      (set) => ({
        run: null,
        restarted: false,
        dropStale: (known) =>
          set((s) =>
            s.run?.items.some((slug) => !known.includes(slug)) ? { run: null, restarted: true } : s,
          ),
        start: (mode, items) => set({ run: { mode, items: [...items], answers: [] }, restarted: false }),
        answer: (choice) =>
          set((s) => (s.run ? { run: { ...s.run, answers: [...s.run.answers, choice] } } : s)),
        undo: () => set((s) => (s.run ? { run: { ...s.run, answers: s.run.answers.slice(0, -1) } } : s)),
        clear: () => set({ run: null }),
      }),
      {
        name: RANK_KEY,
        version: RANK_VERSION,
        storage: createJSONStorage(() => storage),
        partialize: (s): PersistedRank => ({ run: s.run }),
        merge: (persisted, current) => mergeRank(persisted, current),
        // The prerendered page cannot know this device's run: storage is read after mount (useRankSync).
        skipHydration: true,
      },
    ),
  );
}

export const rankStorage = createRankStorage();
export const useRank = createRankStore(rankStorage);
