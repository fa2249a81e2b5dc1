// How the countdown's clock starts: the year's events in the visitor's zone are placed once per zone and year, and
// the clock is first read in the first task after mount.
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { eventsAround, eventsByYear } from '../../../src/features/countdown/milestones.ts';
import { useNow } from '../../../src/features/countdown/use-now.ts';
import { content } from '../../fixtures.ts';

const { milestones, anniversaries } = content();

beforeEach(() => vi.useFakeTimers({ now: new Date('2026-11-26T12:00:00Z') }));
afterEach(() => vi.useRealTimers());

it('places a year of events once per zone and gives the same list back every second', () => {
  const eventsFor = eventsByYear(milestones, anniversaries);
  const seoul = eventsFor(2026, 'Asia/Seoul');
  expect(seoul).toEqual(eventsAround(milestones, anniversaries, 2026, 'Asia/Seoul'));
  expect(eventsFor(2026, 'Asia/Seoul')).toBe(seoul);
  const newYork = eventsFor(2026, 'America/New_York');
  expect(newYork).not.toBe(seoul);
  expect(newYork).toEqual(eventsAround(milestones, anniversaries, 2026, 'America/New_York'));
  expect(eventsFor(2027, 'Asia/Seoul')).toEqual(eventsAround(milestones, anniversaries, 2027, 'Asia/Seoul'));
});

it('reads the clock in the first task after mount', () => {
  const { result } = renderHook(() => useNow());
  act(() => {
    vi.advanceTimersByTime(0);
  });
  expect(result.current).toBe(Date.parse('2026-11-26T12:00:00Z'));
});
