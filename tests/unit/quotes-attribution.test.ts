import { describe, expect, it } from 'vitest';
import { quoteSources, quoteWhen } from '../../src/features/quotes/attribution.ts';
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
