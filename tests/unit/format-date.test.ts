import { describe, expect, it, vi } from 'vitest';
import {
  dateFormat,
  formatCalendarDate,
  prepareDateFormats,
  relativeFormat,
} from '../../src/lib/format-date.ts';

describe('calendar dates', () => {
  it('are written in the reader’s language, on the same day in every time zone', () => {
    expect(formatCalendarDate('2024-12-06', 'en')).toBe('December 6, 2024');
    expect(formatCalendarDate('2024-12-06', 'ko-KR')).toBe('2024년 12월 6일');
    expect(formatCalendarDate('2024-11-23', 'en')).toBe('November 23, 2024');
    expect(formatCalendarDate('2025-01-01', 'en')).toBe('January 1, 2025');
  });

  it('leave anything that is not a YYYY-MM-DD date as written', () => {
    expect(formatCalendarDate('soon', 'en')).toBe('soon');
  });

  it('can have their formatter built ahead (before hydration): formatting then builds none', () => {
    prepareDateFormats('fr');
    const build = vi.spyOn(Intl, 'DateTimeFormat');
    expect(formatCalendarDate('2024-12-06', 'fr')).toBe('6 décembre 2024');
    expect(build).not.toHaveBeenCalled();
  });
});

describe('Intl formatters', () => {
  it('are made once per locale and options, then reused', () => {
    const options = { dateStyle: 'long', timeZone: 'UTC' } as const;
    expect(dateFormat('en', options)).toBe(dateFormat('en', { ...options }));
    expect(dateFormat('en', options)).not.toBe(dateFormat('ko-KR', options));
    expect(relativeFormat('ko-KR')).toBe(relativeFormat('ko-KR'));
    expect(relativeFormat('en').format(-1, 'day')).toBe('yesterday');
  });
});
