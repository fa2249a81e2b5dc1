// The countdown for a fan in this run's time zone (TZ is set per vitest project): before, at and after events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  countdownAt,
  eventsAround,
  instantOf,
  visitorTimeZone,
  yearAt,
} from '../../../src/features/countdown/milestones.ts';
import { content } from '../../fixtures.ts';
import { currentZone } from '../../time-zones.ts';

const [TZ, facts] = currentZone();
const { milestones, anniversaries } = content();

/** The countdown as the timer computes it: the visitor's zone and the clock, read now. */
function countdownNow() {
  const now = Date.now();
  const zone = visitorTimeZone();
  return countdownAt(eventsAround(milestones, anniversaries, yearAt(now, zone), zone), now);
}

const seconds = (d: number, h: number, m: number, s: number) => ((d * 24 + h) * 60 + m) * 60 + s;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe(`a fan in ${TZ}`, () => {
  it('is seen in this zone', () => {
    expect(visitorTimeZone()).toBe(TZ);
  });

  it('gets the album at midnight of 6 December in this zone', () => {
    const release = milestones.find((m) => m.id === 'album-release')!;
    expect(new Date(instantOf(release.when, visitorTimeZone())).toISOString()).toBe(
      new Date(facts.release).toISOString(),
    );
  });

  it('sees exactly 2 days 1 h 1 min 3 s left at 22:58:57 local on 3 December 2024', () => {
    vi.setSystemTime(new Date(`2024-12-03T22:58:57${facts.decemberOffset}`));
    const state = countdownNow();
    expect(state.next?.key).toBe('album-release');
    expect(state.remaining).toEqual({
      days: 2,
      hours: 1,
      minutes: 1,
      seconds: 3,
      totalSeconds: seconds(2, 1, 1, 3),
    });
    expect(state.outNow).toBe(false);
  });

  it('counts the last second down to 1, then flips to "out now" at the exact instant', () => {
    const release = Date.parse(facts.release);
    vi.setSystemTime(release - 1);
    let state = countdownNow();
    expect(state.next?.key).toBe('album-release');
    expect(state.remaining?.totalSeconds).toBe(1);

    vi.setSystemTime(release);
    state = countdownNow();
    expect(state.latest?.key).toBe('album-release');
    expect(state.outNow).toBe(true);
    expect(state.sinceLatest).toBe(0);
    // Rolled on: the next dated milestone (APT.'s billion views, 31 January 2025, local midnight).
    expect(state.next?.key).toBe('apt-billion');
    expect(state.remaining!.totalSeconds).toBeGreaterThan(0);
  });

  it('stops saying "out now" a day later, and never counts negative', () => {
    vi.setSystemTime(Date.parse(facts.release) + 24 * 3600 * 1000);
    const state = countdownNow();
    expect(state.latest?.key).toBe('album-release');
    expect(state.outNow).toBe(false);
    expect(state.remaining!.totalSeconds).toBeGreaterThan(0);
  });

  it('on 24 November 2026 counts down to the 2nd anniversary', () => {
    vi.setSystemTime(new Date('2026-11-24T12:00:00Z'));
    const state = countdownNow();
    expect(state.next?.key).toBe('album-anniversary-2026');
    expect(state.next?.anniversary).toEqual({ id: 'album-anniversary', years: 2 });
    expect(new Date(state.next!.at).toISOString()).toBe(new Date(facts.secondAnniversary).toISOString());
    const [days, hours] = facts.fromNov24Noon;
    expect(state.remaining).toEqual({
      days,
      hours,
      minutes: 0,
      seconds: 0,
      totalSeconds: seconds(days, hours, 0, 0),
    });
  });

  it('rolls from the anniversary to ROSÉ’s birthday, then to APT.’s 3rd anniversary', () => {
    vi.setSystemTime(new Date(facts.secondAnniversary));
    let state = countdownNow();
    expect(state.latest?.key).toBe('album-anniversary-2026');
    expect(state.outNow).toBe(true);
    expect(state.next?.key).toBe('birthday-2027');
    expect(state.next?.anniversary).toEqual({ id: 'birthday', years: null });

    vi.setSystemTime(state.next!.at);
    state = countdownNow();
    expect(state.latest?.key).toBe('birthday-2027');
    expect(state.next?.key).toBe('apt-anniversary-2027');
    expect(state.next?.anniversary?.years).toBe(3);
  });

  it('stays exact across a daylight-saving change', () => {
    const dst = facts.dst;
    if (dst === null) {
      // No DST here: midnight is the same UTC time all year.
      const zone = visitorTimeZone();
      const events = eventsAround(milestones, anniversaries, 2026, zone);
      const hours = new Set(
        events.filter((e) => e.timing !== 'instant').map((e) => new Date(e.at).getUTCHours()),
      );
      expect([...hours]).toEqual([15]);
      return;
    }
    vi.setSystemTime(new Date(dst.before));
    const before = countdownNow();
    expect(before.next?.key).toBe(dst.next);
    const [days, hours] = dst.left;
    expect(before.remaining).toEqual({
      days,
      hours,
      minutes: 0,
      seconds: 0,
      totalSeconds: seconds(days, hours, 0, 0),
    });

    // Either side of the change the zone's offset moves by an hour, but the countdown moves by the real 20 s.
    const change = Date.parse(dst.change);
    vi.setSystemTime(change - 10_000);
    const justBefore = countdownNow();
    const offsetBefore = new Date().getTimezoneOffset();
    vi.setSystemTime(change + 10_000);
    const justAfter = countdownNow();
    expect(Math.abs(new Date().getTimezoneOffset() - offsetBefore)).toBe(60);
    expect(justBefore.next?.key).toBe(justAfter.next?.key);
    expect(justBefore.remaining!.totalSeconds - justAfter.remaining!.totalSeconds).toBe(20);
  });
});
