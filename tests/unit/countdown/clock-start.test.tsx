// How the countdown's clock starts: the costly part of the first reading (placing the year's events in the
// visitor's zone) is done once, in a task of its own, before the first reading.
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

it('runs each preparation step in a task of its own after mount, then reads the clock in the next one', () => {
  const events = vi.fn();
  const formats = vi.fn();
  const steps = [events, formats];
  const { result } = renderHook(() => useNow(steps));
  expect(events).not.toHaveBeenCalled();
  expect(result.current).toBeNull();

  act(() => {
    vi.advanceTimersByTime(0);
  });
  expect(events).toHaveBeenCalledTimes(1);
  expect(formats).not.toHaveBeenCalled();

  act(() => {
    vi.advanceTimersByTime(1);
  });
  expect(formats).toHaveBeenCalledTimes(1);
  expect(result.current).toBeNull();

  act(() => {
    vi.advanceTimersByTime(1);
  });
  expect(result.current).toBe(Date.parse('2026-11-26T12:00:00.002Z'));
  act(() => {
    vi.advanceTimersByTime(5000);
  });
  expect([events.mock.calls.length, formats.mock.calls.length]).toEqual([1, 1]);
  expect(result.current).toBe(Date.parse('2026-11-26T12:00:05Z'));
});

it('without anything to prepare, reads the clock in the first task after mount', () => {
  const { result } = renderHook(() => useNow());
  act(() => {
    vi.advanceTimersByTime(0);
  });
  expect(result.current).toBe(Date.parse('2026-11-26T12:00:00Z'));
});
