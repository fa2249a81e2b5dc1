import { describe, expect, it } from 'vitest';
import { durationSeconds, formatSeconds, totalRuntime } from '../../src/lib/duration.ts';
import { content } from '../fixtures.ts';

describe('durations', () => {
  it('reads m:ss and formats it back', () => {
    expect(durationSeconds('3:36')).toBe(216);
    expect(durationSeconds(null)).toBeNull();
    expect(formatSeconds(216)).toBe('3:36');
    expect(formatSeconds(3725)).toBe('1:02:05');
  });

  it('totals the album without inventing the unknown track', () => {
    const runtime = totalRuntime(content().tracks);
    expect(runtime).toEqual({ seconds: 32 * 60 + 48, unknown: 1 });
    expect(formatSeconds(runtime.seconds)).toBe('32:48');
  });
});
