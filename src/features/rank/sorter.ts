// The song sorter as a pure, resumable state machine. A run is its items and the list of answers so far; the sorter
// replays the answers from the start to reach the next question, so undo drops the last answer and saving a run
// saves that list. Full ranking: merge-insertion (Ford–Johnson), at most 30 picks for 12 tracks. Top 3: a knockout
// tournament. Ties merge two tracks into one place; every comparison the answers already settle (directly, by
// transitivity or through a tie) is taken for free. See docs/rank.md.
import { Knowledge } from './knowledge.ts';

/** An answer to "Which do you like more?": the left track, the right one, or both the same. */
export type Choice = 'left' | 'right' | 'tie';
export const CHOICES: readonly Choice[] = ['left', 'right', 'tie'];

/** A full ranking, or just the top 3. */
export type Mode = 'full' | 'top3';
export const MODES: readonly Mode[] = ['full', 'top3'];

/** How many places the top mode fills. */
export const TOP_PLACES = 3;

/** A question: two item indices, shown left and right. */
export type Pair = readonly [number, number];

type Steps<T> = Generator<Pair, T, Choice>;

/** Compares two items: true when a ranks higher. Asks (yields) only what the answers so far leave open. */
type Before = (a: number, b: number) => Steps<boolean>;

/** The most picks merge-insertion needs for n items: Σ ⌈log2(3k/4)⌉ for k = 1..n (12 → 30). */
export function mergeInsertionWorstCase(n: number): number {
  let total = 0;
  for (let k = 1; k <= n; k++) {
    let e = 0;
    while (4 * 2 ** e < 3 * k) e++;
    total += e;
  }
  return total;
}

/**
 * The most picks the top-3 tournament needs for n items: n + 2⌈log2 n⌉ − 3 (12 → 17; a knockout takes n − 1, then
 * the best of those the winner beat, then of those the first two beat). Checked against every path of answers for
 * n ≤ 12 in tests/unit/rank-sorter.test.ts.
 */
export function topWorstCase(n: number): number {
  return n <= 1 ? 0 : n + 2 * Math.ceil(Math.log2(n)) - 3;
}

/** The most picks a run of n items can take in this mode. */
export const worstCase = (mode: Mode, n: number): number =>
  mode === 'full' ? mergeInsertionWorstCase(n) : topWorstCase(n);

/** Jacobsthal numbers 1, 3, 5, 11, 21, 43…: merge-insertion inserts b(t_k)…b(t_(k-1)+1) in each round. */
function jacobsthal(k: number): number {
  return (2 ** (k + 1) + (k % 2 === 0 ? 1 : -1)) / 3;
}

/** Ford–Johnson merge-insertion (Knuth, TAOCP vol. 3, 5.3.1): best first. */
function* mergeInsertion(items: readonly number[], before: Before): Steps<number[]> {
  if (items.length <= 1) return [...items];
  // 1. Pair up and compare: in each pair, `high` ranks above `low`.
  const partner = new Map<number, number>();
  const lows: number[] = [];
  for (let i = 0; i + 1 < items.length; i += 2) {
    const a = items[i]!;
    const b = items[i + 1]!;
    const aFirst = yield* before(a, b);
    const [high, low] = aFirst ? [a, b] : [b, a];
    partner.set(low, high);
    lows.push(low);
  }
  // 2. Sort the lower of each pair; their partners wait to be inserted ("pend").
  const chain = yield* mergeInsertion(lows, before);
  const pend = chain.map((low) => partner.get(low)!);
  const leftover = items.length % 2 === 1 ? items.at(-1)! : undefined;
  // The partner of the chain's first item ranks above it: it goes first for free.
  chain.unshift(pend[0]!);
  const pending: { item: number; bound: number | undefined }[] = pend.map((item, j) => ({
    item,
    bound: chain[j + 1],
  }));
  if (leftover !== undefined) pending.push({ item: leftover, bound: undefined });
  // 3. Insert the rest in Jacobsthal order, each by binary search above its partner (a range of 2^k − 1 items).
  for (let k = 2, done = 1; done < pending.length; k++) {
    const last = Math.min(jacobsthal(k), pending.length);
    for (let j = last; j > done; j--) {
      const { item, bound } = pending[j - 1]!;
      let lo = 0;
      let hi = bound === undefined ? chain.length : chain.indexOf(bound);
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (yield* before(item, chain[mid]!)) hi = mid;
        else lo = mid + 1;
      }
      chain.splice(lo, 0, item);
    }
    done = last;
  }
  return chain;
}

/** The places of a best-first order: tied items (one group) side by side share one place. */
function placesOf(order: readonly number[], knowledge: Knowledge): number[][] {
  const places: number[][] = [];
  for (const item of order) {
    const last = places.at(-1);
    if (last && knowledge.relation(last[0]!, item) === 'equal') last.push(item);
    else places.push([item]);
  }
  return places;
}

/**
 * The next top-3 question, or the places when they are known: among the items not placed yet, the candidates are
 * those nothing left is known to beat; the two with the fewest wins meet (a balanced knockout). A pure function of
 * what is known, so the worst case can be searched over every path of answers.
 */
export function topStep(knowledge: Knowledge, places = TOP_PLACES): Pair | number[][] {
  const n = knowledge.size;
  const placed: number[][] = [];
  let placedCount = 0;
  const left = new Set<number>(Array.from({ length: n }, (_, i) => i));
  while (placedCount < places && left.size > 0) {
    const remaining = [...left];
    const candidates = remaining.filter(
      (x) => knowledge.group[x] === x && !remaining.some((y) => knowledge.relation(y, x) === 'before'),
    );
    if (candidates.length === 1) {
      const group = remaining.filter((x) => knowledge.group[x] === candidates[0]);
      group.forEach((x) => left.delete(x));
      placed.push(group);
      placedCount += group.length;
      continue;
    }
    const wins = new Map(candidates.map((x) => [x, knowledge.countBelow(x)]));
    const [a, b] = candidates.sort((x, y) => wins.get(x)! - wins.get(y)! || x - y);
    return [a!, b!];
  }
  return placed;
}

function* tournament(knowledge: Knowledge, before: Before): Steps<number[][]> {
  for (;;) {
    const step = topStep(knowledge);
    if (!isPair(step)) return step;
    yield* before(step[0], step[1]);
  }
}

const isPair = (step: Pair | number[][]): step is Pair => typeof step[0] === 'number';

/** A run in progress: answer questions one at a time (the tests drive thousands of runs this way). */
export interface Session {
  /** The open question, or null when the run is done. */
  question: () => Pair | null;
  answer: (choice: Choice) => void;
  /** The places, best first, once done. */
  places: () => number[][] | null;
  /** Comparisons made so far, answered by the fan or settled by earlier answers. */
  comparisons: () => number;
  knowledge: Knowledge;
}

export function startSession(size: number, mode: Mode): Session {
  const knowledge = new Knowledge(size);
  let comparisons = 0;
  const before: Before = function* (a, b) {
    comparisons += 1;
    let relation = knowledge.relation(a, b);
    if (relation === 'unknown') {
      const choice = yield [a, b];
      if (choice === 'left') knowledge.addBefore(a, b);
      else if (choice === 'right') knowledge.addBefore(b, a);
      else knowledge.addTie(a, b);
      relation = knowledge.relation(a, b);
    }
    // Tied items keep a fixed order between them (by index), so the sort sees one consistent order.
    return relation === 'before' || (relation === 'equal' && a < b);
  };
  const all = Array.from({ length: size }, (_, i) => i);
  const steps: Steps<number[][]> =
    mode === 'full'
      ? (function* () {
          return placesOf(yield* mergeInsertion(all, before), knowledge);
        })()
      : tournament(knowledge, before);
  let result = steps.next(CHOICES[0]!);
  return {
    question: () => (result.done ? null : result.value),
    answer: (choice) => {
      if (!result.done) result = steps.next(choice);
    },
    places: () => (result.done ? result.value : null),
    comparisons: () => comparisons,
    knowledge,
  };
}

/** Where a run stands after its answers: the next question, or the final places (as items, not indices). */
export type RunState<T> =
  | {
      done: false;
      question: readonly [T, T];
      /** Answers used (equal to the answers given). */
      picks: number;
      /** An upper bound on the picks still to come (the progress bar). */
      picksLeft: number;
      /** The most picks this run could take from the start. */
      worstCase: number;
    }
  | { done: true; places: T[][]; picks: number };

/** Replays a run's answers over its items. Answers beyond the end of the run are ignored. */
export function replay<T>(items: readonly T[], mode: Mode, answers: readonly Choice[]): RunState<T> {
  const session = startSession(items.length, mode);
  let picks = 0;
  while (session.question() && picks < answers.length) session.answer(answers[picks++]!);
  const question = session.question();
  const worst = worstCase(mode, items.length);
  if (!question) return { done: true, places: session.places()!.map((g) => g.map((i) => items[i]!)), picks };
  // Merge-insertion makes at most `worst` comparisons in all, the free ones included; the tournament at most
  // `worst` picks.
  const used = mode === 'full' ? session.comparisons() - 1 : picks;
  return {
    done: false,
    question: [items[question[0]]!, items[question[1]]!],
    picks,
    picksLeft: Math.max(1, worst - used),
    worstCase: worst,
  };
}
