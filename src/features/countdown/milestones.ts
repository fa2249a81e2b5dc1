// Pure countdown logic: every dated event placed on the visitor's clock, the next one, and the time left.
// Times left are differences of absolute instants, so a daylight-saving change never adds or loses an hour.
import type { Anniversary, Localized, Milestone, When } from '../../content/schema.ts';
import { isoDate } from '../../lib/digits.ts';
import { getOrCreate } from '../../lib/get-or-create.ts';
import { localDate, localMidnight, wallTimeAt } from './zoned-time.ts';

export const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** For this long after an event, it is "out now". */
export const OUT_NOW_FOR = DAY;

/** One occurrence of a milestone or an anniversary, placed in the visitor's time zone. */
export interface CountdownEvent {
  /** Unique per occurrence: the milestone id, or "<anniversary id>-<year>". */
  key: string;
  /** In every language; the component picks the page's. */
  title: Localized;
  /** The instant it happens for this visitor (ms since the epoch). */
  at: number;
  /** `instant`: one moment worldwide; `local-midnight`/`local-date`: a calendar day in the visitor's zone. */
  timing: When['timing'];
  /** The calendar date for this visitor ("YYYY-MM-DD"). */
  date: string;
  milestoneId: string | null;
  /** For an anniversary: which one, and how many years (null when there is no first year, e.g. a birthday). */
  anniversary: { id: string; years: number | null } | null;
}

/** The instant an event happens for a visitor in `timeZone`. A day without a time starts at its local midnight. */
export function instantOf(when: When, timeZone: string): number {
  return when.timing === 'instant' ? Date.parse(when.at) : localMidnight(when.date, timeZone);
}

function milestoneEvent(m: Milestone, timeZone: string): CountdownEvent {
  const at = instantOf(m.when, timeZone);
  return {
    key: m.id,
    title: m.title,
    at,
    timing: m.when.timing,
    date: m.when.timing === 'instant' ? localDate(at, timeZone) : m.when.date,
    milestoneId: m.id,
    anniversary: null,
  };
}

function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** An anniversary's occurrence in `year`, or null when there is none (before the first, or a 29 February). */
function anniversaryEvent(a: Anniversary, year: number, timeZone: string): CountdownEvent | null {
  if (a.firstYear !== null && year <= a.firstYear) return null;
  if (!isRealDate(year, a.month, a.day)) return null;
  const date = isoDate(year, a.month, a.day);
  return {
    key: `${a.id}-${year}`,
    title: a.title,
    at: localMidnight(date, timeZone),
    timing: 'local-midnight',
    date,
    milestoneId: null,
    anniversary: { id: a.id, years: a.firstYear === null ? null : year - a.firstYear },
  };
}

/**
 * Every milestone, and each anniversary's occurrences from the year before `year` to a few years after
 * (enough that a next one always exists), sorted by when they happen for this visitor.
 */
export function eventsAround(
  milestones: readonly Milestone[],
  anniversaries: readonly Anniversary[],
  year: number,
  timeZone: string,
): CountdownEvent[] {
  const events = milestones.map((m) => milestoneEvent(m, timeZone));
  for (let y = year - 1; y <= year + 4; y += 1) {
    for (const a of anniversaries) {
      const event = anniversaryEvent(a, y, timeZone);
      if (event) events.push(event);
    }
  }
  return events.sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}

/**
 * `eventsAround` for these milestones and anniversaries, remembered per year and zone: placing every event costs
 * dozens of time-zone readings, and the clock asks for the same year's events every second.
 */
export function eventsByYear(
  milestones: readonly Milestone[],
  anniversaries: readonly Anniversary[],
): (year: number, timeZone: string) => readonly CountdownEvent[] {
  const known = new Map<string, readonly CountdownEvent[]>();
  return (year, timeZone) =>
    getOrCreate(known, `${year} ${timeZone}`, () => eventsAround(milestones, anniversaries, year, timeZone));
}

export interface Remaining {
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
  /** Whole seconds left, rounded up: it reads 0 only at the instant itself. Never negative. */
  totalSeconds: number;
}

/** The time from `now` to `target` as days/hours/minutes/seconds of real elapsed time (a day is 24 h). */
export function remainingUntil(now: number, target: number): Remaining {
  const totalSeconds = Math.max(0, Math.ceil((target - now) / SECOND));
  return {
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor((totalSeconds % 86_400) / 3600),
    minutes: Math.floor((totalSeconds % 3600) / 60),
    seconds: totalSeconds % 60,
    totalSeconds,
  };
}

export interface CountdownState {
  /** The next event strictly after `now` (an event is past from its instant on). */
  next: CountdownEvent | null;
  remaining: Remaining | null;
  /** The latest event at or before `now`. */
  latest: CountdownEvent | null;
  /** ms since `latest` happened. */
  sinceLatest: number | null;
  /** `latest` happened less than a day ago. */
  outNow: boolean;
}

/** Where `now` stands among the events: what comes next, how long until it, what just happened. */
export function countdownAt(events: readonly CountdownEvent[], now: number): CountdownState {
  const index = events.findIndex((e) => e.at > now);
  const next = index === -1 ? null : events[index]!;
  const latest = (index === -1 ? events.at(-1) : events[index - 1]) ?? null;
  const sinceLatest = latest ? now - latest.at : null;
  return {
    next,
    remaining: next ? remainingUntil(now, next.at) : null,
    latest,
    sinceLatest,
    outNow: sinceLatest !== null && sinceLatest < OUT_NOW_FOR,
  };
}

/** The calendar year in `timeZone` at `now`: which anniversaries to place. */
export const yearAt = (now: number, timeZone: string): number => wallTimeAt(now, timeZone).year;

/** How long ago, as one value and unit for Intl.RelativeTimeFormat (negative: in the past). */
export function agoParts(ms: number): { value: number; unit: Intl.RelativeTimeFormatUnit } {
  const s = Math.max(0, Math.floor(ms / SECOND));
  if (s < 60) return { value: -s, unit: 'second' };
  if (s < 3600) return { value: -Math.floor(s / 60), unit: 'minute' };
  if (s < 86_400) return { value: -Math.floor(s / 3600), unit: 'hour' };
  if (s < 30 * 86_400) return { value: -Math.floor(s / 86_400), unit: 'day' };
  if (s < 365 * 86_400) return { value: -Math.floor(s / (30 * 86_400)), unit: 'month' };
  return { value: -Math.floor(s / (365 * 86_400)), unit: 'year' };
}

/** The visitor's IANA time zone (only meaningful in the browser, after mount). */
export function visitorTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
