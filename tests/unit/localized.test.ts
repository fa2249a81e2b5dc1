import { describe, expect, it } from 'vitest';
import { localized } from '../../src/content/localized.ts';
import type { Localized } from '../../src/content/schema.ts';

describe('localized', () => {
  it('reads a content string in the page’s language', () => {
    const text: Localized = { en: 'rosie released', ko: 'rosie 발매' };
    expect(localized(text, 'en')).toBe('rosie released');
    expect(localized(text, 'ko')).toBe('rosie 발매');
  });

  it('falls back to the default language for a map the schema did not check', () => {
    expect(localized({ en: 'rosie released' } as Localized, 'ko')).toBe('rosie released');
  });
});
