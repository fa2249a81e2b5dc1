import { describe, expect, it } from 'vitest';
import { Knowledge } from '../../src/features/rank/knowledge.ts';
import {
  mergeInsertionWorstCase,
  replay,
  startSession,
  topStep,
  topWorstCase,
  type Choice,
  type Mode,
} from '../../src/features/rank/sorter.ts';

const N = 12;

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, next: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/**
 * A fan whose taste is a ranking with ties: `level[item]` (lower ranks higher). Answers every question from it and
 * returns the places and the number of picks.
 */
function rankBy(level: readonly number[], mode: Mode = 'full') {
  const session = startSession(level.length, mode);
  const answers: Choice[] = [];
  for (let q = session.question(); q; q = session.question()) {
    const [a, b] = q;
    const choice: Choice = level[a]! < level[b]! ? 'left' : level[a]! > level[b]! ? 'right' : 'tie';
    answers.push(choice);
    session.answer(choice);
  }
  return { places: session.places()!, picks: answers.length, answers };
}

/** The level of each item in a best-first order without ties. */
const levelsOf = (order: readonly number[]) => {
  const level = new Array<number>(order.length);
  order.forEach((item, i) => (level[item] = i));
  return level;
};

/** The places a taste with ties should give: items grouped by level, best first, each group by index. */
function expectedPlaces(level: readonly number[]): number[][] {
  const byLevel = new Map<number, number[]>();
  level.forEach((l, item) => byLevel.set(l, [...(byLevel.get(l) ?? []), item]));
  return [...byLevel.entries()].sort(([a], [b]) => a - b).map(([, items]) => items);
}

describe('merge-insertion worst case', () => {
  it('is Σ⌈log2(3k/4)⌉: 30 picks for 12 tracks, where a plain merge sort needs up to 33', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(mergeInsertionWorstCase)).toEqual([
      0, 1, 3, 5, 7, 10, 13, 16, 19, 22, 26, 30,
    ]);
  });
});

describe('the full ranking', () => {
  it('returns exactly the fan’s order in at most 30 picks, for 20 000 random orders of 12', () => {
    const next = random(20);
    let most = 0;
    const wrong: number[][] = [];
    for (let run = 0; run < 20_000; run++) {
      const order = shuffled(N, next);
      const { places, picks } = rankBy(levelsOf(order));
      if (places.map((group) => group.join()).join('|') !== order.join('|')) wrong.push(order);
      most = Math.max(most, picks);
    }
    expect(wrong).toEqual([]);
    expect(most).toBeLessThanOrEqual(30);
    // The bound is tight: some orders take all 30.
    expect(most).toBe(30);
  }, 60_000);

  it('handles the orders that trip simple sorters: sorted, reversed, interleaved, rotated', () => {
    const ascending = Array.from({ length: N }, (_, i) => i);
    const cases = [
      ascending,
      [...ascending].reverse(),
      ascending.filter((i) => i % 2 === 0).concat(ascending.filter((i) => i % 2 === 1)),
      ascending.filter((i) => i % 2 === 1).concat(ascending.filter((i) => i % 2 === 0)),
      [...ascending.slice(6), ...ascending.slice(0, 6)],
      [...ascending.slice(1), 0],
    ];
    for (const order of cases) {
      const { places, picks } = rankBy(levelsOf(order));
      expect(places).toEqual(order.map((item) => [item]));
      expect(picks).toBeLessThanOrEqual(30);
    }
  });

  it('stays within 30 picks on the longest orders a search finds (swaps from 30-pick orders)', () => {
    const next = random(7);
    let best = shuffled(N, next);
    let bestPicks = rankBy(levelsOf(best)).picks;
    for (let step = 0; step < 3000; step++) {
      const candidate = [...best];
      const i = Math.floor(next() * N);
      const j = Math.floor(next() * N);
      [candidate[i], candidate[j]] = [candidate[j]!, candidate[i]!];
      const { places, picks } = rankBy(levelsOf(candidate));
      expect(places).toEqual(candidate.map((item) => [item]));
      if (picks >= bestPicks) [best, bestPicks] = [candidate, picks];
    }
    expect(bestPicks).toBe(30);
  });

  it('meets the bound on every path of answers for up to 7 tracks (an exhaustive adversary)', () => {
    for (let n = 2; n <= 7; n++) {
      let most = 0;
      const walk = (answers: Choice[]) => {
        const state = replay(
          Array.from({ length: n }, (_, i) => i),
          'full',
          answers,
        );
        if (state.done) {
          most = Math.max(most, answers.length);
          return;
        }
        walk([...answers, 'left']);
        walk([...answers, 'right']);
      };
      walk([]);
      expect(most, `n = ${n}`).toBe(mergeInsertionWorstCase(n));
    }
  }, 60_000);

  it('with random ties, gives places consistent with every answer, in at most 30 picks', () => {
    const next = random(3);
    const inconsistent: string[] = [];
    for (let run = 0; run < 3000; run++) {
      // 12 tracks over 3 to 12 levels: from many ties to none.
      const levels = 3 + Math.floor(next() * 10);
      const level = Array.from({ length: N }, () => Math.floor(next() * levels));
      const { places, picks, answers } = rankBy(level);
      expect(places).toEqual(expectedPlaces(level));
      expect(picks).toBeLessThanOrEqual(30);
      // Consistent with every answer: replaying them with the final places as the truth agrees at each step.
      const placeOf = new Map(places.flatMap((group, p) => group.map((item) => [item, p] as const)));
      const session = startSession(N, 'full');
      for (const choice of answers) {
        const [a, b] = session.question()!;
        const diff = placeOf.get(a)! - placeOf.get(b)!;
        if (choice !== (diff < 0 ? 'left' : diff > 0 ? 'right' : 'tie')) inconsistent.push(level.join());
        session.answer(choice);
      }
    }
    expect(inconsistent).toEqual([]);
  }, 60_000);

  it('counts every tie as shortening the run: all the same is done in 11 picks', () => {
    const { places, picks } = rankBy(new Array<number>(N).fill(0));
    expect(places).toEqual([Array.from({ length: N }, (_, i) => i)]);
    expect(picks).toBe(11);
  });

  it('never asks what earlier answers (and their ties) already settle', () => {
    const next = random(11);
    for (let run = 0; run < 500; run++) {
      const level = Array.from({ length: N }, () => Math.floor(next() * 6));
      const session = startSession(N, 'full');
      for (let q = session.question(); q; q = session.question()) {
        expect(session.knowledge.relation(q[0], q[1])).toBe('unknown');
        const [a, b] = q;
        session.answer(level[a]! < level[b]! ? 'left' : level[a]! > level[b]! ? 'right' : 'tie');
      }
    }
  });
});

describe('replaying a run (undo, resume)', () => {
  const slugs = 'abcdefghijkl'.split('');

  it('gives the same question at every step as the live session, and counts down the picks left', () => {
    const order = shuffled(N, random(5));
    const level = levelsOf(order);
    const { answers } = rankBy(level);
    let previousLeft = Infinity;
    for (let k = 0; k < answers.length; k++) {
      const state = replay(slugs, 'full', answers.slice(0, k));
      if (state.done) throw new Error('finished early');
      expect(state.picks).toBe(k);
      expect(state.picksLeft).toBeGreaterThanOrEqual(answers.length - k);
      expect(state.picksLeft).toBeLessThan(previousLeft);
      expect(k + state.picksLeft).toBeLessThanOrEqual(30);
      previousLeft = state.picksLeft;
    }
    const done = replay(slugs, 'full', answers);
    expect(done.done && done.places).toEqual(order.map((i) => [slugs[i]]));
  });

  it('after undo and a different answer, gives the order of the new answers', () => {
    const next = random(9);
    for (let run = 0; run < 300; run++) {
      const first = shuffled(N, next);
      const { answers } = rankBy(levelsOf(first));
      // Undo back to some step, answer that question the other way, then follow a taste that agrees.
      const at = Math.floor(next() * answers.length);
      const kept = answers.slice(0, at);
      const state = replay(slugs, 'full', kept);
      if (state.done) throw new Error('finished early');
      const flipped: Choice = answers[at] === 'left' ? 'right' : 'left';
      const [a, b] = state.question.map((s) => slugs.indexOf(s));
      // A second taste: every answer kept, then the flipped one, then whatever it implies, ties broken at random.
      const session = startSession(N, 'full');
      for (const choice of [...kept, flipped]) session.answer(choice);
      expect(session.knowledge.relation(a!, b!)).toBe(flipped === 'left' ? 'before' : 'after');
      const fresh = [...kept, flipped];
      for (let q = session.question(); q; q = session.question()) {
        const relation = session.knowledge.relation(q[0], q[1]);
        const choice: Choice = relation === 'unknown' ? (next() < 0.5 ? 'left' : 'right') : 'left';
        fresh.push(choice);
        session.answer(choice);
      }
      const result = replay(slugs, 'full', fresh);
      expect(result.done).toBe(true);
      if (!result.done) continue;
      // The new order agrees with every one of the new answers.
      const placeOf = new Map(result.places.map((group, p) => [group[0]!, p]));
      const check = startSession(N, 'full');
      for (const choice of fresh) {
        const [x, y] = check.question()!;
        const diff = placeOf.get(slugs[x]!)! - placeOf.get(slugs[y]!)!;
        expect(choice).toBe(diff < 0 ? 'left' : 'right');
        check.answer(choice);
      }
    }
  });

  it('ignores answers past the end of a run', () => {
    const { answers } = rankBy(levelsOf(shuffled(N, random(1))));
    const state = replay(slugs, 'full', [...answers, 'left', 'tie']);
    expect(state.done && state.picks).toBe(answers.length);
  });
});

describe('just my top 3 (a tournament)', () => {
  it('needs at most n + 2⌈log2 n⌉ − 3 picks (17 for 12) on every path of answers', () => {
    const worst = (k: Knowledge, depth: number): number => {
      const step = topStep(k);
      if (typeof step[0] !== 'number') return depth;
      const [a, b] = step as [number, number];
      const left = k.clone();
      left.addBefore(a, b);
      const right = k.clone();
      right.addBefore(b, a);
      return Math.max(worst(left, depth + 1), worst(right, depth + 1));
    };
    const found = Array.from({ length: N - 1 }, (_, i) => worst(new Knowledge(i + 2), 0));
    found.forEach((most, i) => expect(most, `n = ${i + 2}`).toBeLessThanOrEqual(topWorstCase(i + 2)));
    expect(found.at(-1)).toBe(17);
    expect(topWorstCase(N)).toBe(17);
  }, 60_000);

  it('finds exactly the fan’s top 3, with ties sharing a place, within the bound', () => {
    const next = random(4);
    for (let run = 0; run < 5000; run++) {
      const levels = 2 + Math.floor(next() * 11);
      const level = Array.from({ length: N }, () => Math.floor(next() * levels));
      const { places, picks } = rankBy(level, 'top3');
      expect(picks).toBeLessThanOrEqual(17);
      // The places are the first groups of the full ranking, until at least 3 tracks are placed.
      const expected: number[][] = [];
      for (const group of expectedPlaces(level)) {
        if (expected.flat().length >= 3) break;
        expected.push(group);
      }
      expect(places).toEqual(expected);
    }
  });
});
