// Time-zone maths with Intl only: the offset of an IANA zone at an instant, and an instant from a wall-clock time.
import { isoDate } from '../../lib/digits.ts';
import { getOrCreate } from '../../lib/get-or-create.ts';

const SECOND = 1000;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached formatter per zone: building an Intl.DateTimeFormat is far costlier than using one. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return getOrCreate(
    formatters,
    timeZone,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      }),
  );
}

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock reading in `timeZone` at `instant` (ms since the epoch). */
export function wallTimeAt(instant: number, timeZone: string): WallTime {
  const out: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value);
  }
  return {
    year: out.year!,
    month: out.month!,
    day: out.day!,
    hour: out.hour! % 24,
    minute: out.minute!,
    second: out.second!,
  };
}

/** How far `timeZone` is ahead of UTC at `instant`, in ms (Seoul: +9 h; New York in winter: −5 h). */
export function offsetAt(instant: number, timeZone: string): number {
  const w = wallTimeAt(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant / SECOND) * SECOND;
}

/**
 * The instant at which the wall clock in `timeZone` reads the given time. A time skipped by a DST jump
 * (e.g. 00:00 in a zone that springs forward at midnight) resolves to the first instant after the gap;
 * a time that occurs twice (autumn) resolves to the earlier one.
 */
export function instantOfWallTime(w: WallTime, timeZone: string): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Try the offsets in force a day either side: one of them is the offset at the answer.
  const before = offsetAt(asUtc - 86_400_000, timeZone);
  const after = offsetAt(asUtc + 86_400_000, timeZone);
  // Usually the same offset (no clock change that week): one candidate to check, not two.
  const candidates = (before === after ? [before] : [before, after])
    .map((offset) => asUtc - offset)
    .filter((instant) => offsetAt(instant, timeZone) === asUtc - instant)
    .sort((a, b) => a - b);
  if (candidates.length > 0) return candidates[0]!;
  // In a gap the wall time never happens: read it with the offset before the jump, which lands just after it
  // (for a midnight that is skipped, exactly the first instant of the day).
  return asUtc - before;
}

/** 00:00 of a calendar date ("YYYY-MM-DD") in `timeZone`, as an instant. */
export function localMidnight(date: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return instantOfWallTime({ year, month, day, hour: 0, minute: 0, second: 0 }, timeZone);
}

/** The calendar date ("YYYY-MM-DD") in `timeZone` at `instant`. */
export function localDate(instant: number, timeZone: string): string {
  const w = wallTimeAt(instant, timeZone);
  return isoDate(w.year, w.month, w.day);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone);
    return true;
  } catch {
    return false;
  }
}
