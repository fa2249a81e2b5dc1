// What a clock tick costs: the countdown re-renders every second for as long as the page is open, so a tick
// formats only what changes (the digits), not the dates and market times that stay the same all day.
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { CountdownTimer } from '../../src/features/countdown/CountdownTimer.tsx';
import * as format from '../../src/features/countdown/format.ts';
import { renderWithCatalog } from '../render.tsx';

vi.mock('../../src/features/countdown/format.ts', { spy: true });

const advance = (ms: number) => {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.clearAllMocks();
});

it('formats the dates once, then each tick only moves the digits', () => {
  // Nine days before the 2nd anniversary: the date line and both market times are shown.
  vi.setSystemTime(new Date('2026-11-26T12:00:00Z'));
  renderWithCatalog(<CountdownTimer />);
  advance(5); // the first reading (the clock starts in the first task after mount)
  expect(screen.getByText(/^Seoul:/)).toHaveTextContent('December 6, 2026');
  expect(screen.getByText(/^New York:/)).toHaveTextContent('December 6, 2026');
  const formatted = vi.mocked(format.formatDateTime).mock.calls.length;
  expect(formatted).toBeGreaterThanOrEqual(3); // the date line, Seoul, New York

  advance(5000);
  const seconds = screen.getByRole('timer').querySelector('.countdown__part--seconds .countdown__value');
  expect(seconds).toHaveTextContent('55');
  expect(vi.mocked(format.formatDateTime).mock.calls.length).toBe(formatted);
});
