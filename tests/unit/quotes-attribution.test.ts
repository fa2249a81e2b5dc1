import { describe, expect, it } from 'vitest';
import { formatDay, quoteSources, quoteWhen } from '../../src/features/quotes/attribution.ts';
import { content } from '../fixtures.ts';

describe('when a quote was said', () => {
  it('prefers the day she said it, then the day it was reported, and never guesses', () => {
    expect(quoteWhen({ date: '2025-09-07', reportedOn: '2025-09-08' })).toEqual({
      kind: 'said',
      date: '2025-09-07',
    });
    expect(quoteWhen({ date: null, reportedOn: '2024-11-23' })).toEqual({
      kind: 'reported',
      date: '2024-11-23',
    });
    expect(quoteWhen({ date: null, reportedOn: null })).toBeNull();
  });

  it('writes the calendar day in the reader’s language, the same day in every time zone', () => {
    expect(formatDay('2024-11-23', 'en')).toBe('November 23, 2024');
    expect(formatDay('2025-09-07', 'ko-KR')).toBe('2025년 9월 7일');
    expect(formatDay('2025-01-01', 'en')).toBe('January 1, 2025');
  });
});

describe('a quote’s sources', () => {
  it('resolves its ids in order from the sources list', () => {
    const data = content();
    const quote = data.quotes.find((q) => q.id === 'chasing')!;
    expect(quoteSources(quote, data.sources).map((s) => s.id)).toEqual([
      'billboard-zane-lowe',
      'seed-article',
    ]);
    expect(quoteSources({ sources: ['nope', 'hot-ones'] }, data.sources).map((s) => s.id)).toEqual([
      'hot-ones',
    ]);
  });
});
