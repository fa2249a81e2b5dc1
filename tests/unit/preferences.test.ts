import { afterEach, describe, expect, it, vi } from 'vitest';
import { preferredLang } from '../../src/i18n/preferred-lang.ts';
import { readPreference, writePreference } from '../../src/lib/preference-storage.ts';

afterEach(() => vi.restoreAllMocks());

describe('preference storage', () => {
  it('remembers a choice and forgets it', () => {
    expect(writePreference('theme', 'dark')).toBe(true);
    expect(readPreference('theme', ['light', 'dark'])).toBe('dark');
    writePreference('theme', null);
    expect(readPreference('theme', ['light', 'dark'])).toBeNull();
  });

  it('treats an unknown stored value as no choice', () => {
    localStorage.setItem('rosie-theme', 'purple');
    expect(readPreference('theme', ['light', 'dark'])).toBeNull();
  });

  it('never throws when storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(readPreference('lang', ['en', 'ko'])).toBeNull();
    expect(writePreference('lang', 'ko')).toBe(false);
  });
});

describe('the first language', () => {
  it('is the remembered choice when there is one', () => {
    expect(preferredLang('en', ['ko-KR'])).toBe('en');
    expect(preferredLang('ko', ['en-US'])).toBe('ko');
  });

  it('else follows the first of the browser languages we have', () => {
    expect(preferredLang(null, ['ko-KR', 'en-US'])).toBe('ko');
    expect(preferredLang(null, ['fr-FR', 'ko'])).toBe('ko');
    expect(preferredLang(null, ['en-GB', 'ko-KR'])).toBe('en');
    expect(preferredLang(null, ['ja-JP'])).toBe('en');
    expect(preferredLang(null, [])).toBe('en');
  });
});
