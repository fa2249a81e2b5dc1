import { describe, expect, it } from 'vitest';
import { quoteTranslation, quoteWhen } from '../../src/content/quotes.ts';
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

describe('the translation beside a quote', () => {
  it('is the app’s translation on a page in another language, and nothing in the language she said it in', () => {
    const quote = content().quotes.find((q) => q.id === 'sixteen')!;
    expect(quote.lang).toBe('en');
    expect(quoteTranslation(quote, 'en')).toBeNull();
    expect(quoteTranslation(quote, 'ko')).toBe(quote.translations.ko);
    expect(quoteTranslation(quote, 'ko')).toMatch(/열여섯/);
  });
});
