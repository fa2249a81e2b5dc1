import { describe, expect, it } from 'vitest';
import { favoritesMessages } from '../../src/features/favorites/favorites-messages.ts';
import { quotesMessages } from '../../src/features/quotes/quotes-messages.ts';
import { trackMessages } from '../../src/features/track/track-messages.ts';
import { en } from '../../src/i18n/en.ts';
import { LANG_TAGS } from '../../src/i18n/languages.ts';
import { ko } from '../../src/i18n/ko.ts';

type Tree = { [key: string]: unknown };

/** Every leaf of a message tree as [dot path, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object'
      ? leaves(value as Tree, `${prefix}${key}.`)
      : [[`${prefix}${key}`, value] as [string, unknown]],
  );
}

/** A message as text: strings as they are, functions called with sample arguments of each kind. */
function render(value: unknown): string {
  if (typeof value !== 'function') return String(value);
  const samples = [3, 'Bruno Mars', '3:36', 1];
  return String((value as (...args: unknown[]) => unknown)(...samples.slice(0, value.length)));
}

/** Where Korean is meant to read like English: names, the credit as officially styled, and the switch itself. */
const SAME_ON_PURPOSE = new Set(['album.featuring']);

describe('the English and Korean messages', () => {
  it('have exactly the same keys, at every depth', () => {
    expect(leaves(ko as unknown as Tree).map(([path]) => path)).toEqual(
      leaves(en as unknown as Tree).map(([path]) => path),
    );
  });

  it('leave no string untranslated (no Korean message equal to the English one, except on purpose)', () => {
    const english = new Map(leaves(en));
    const untranslated = leaves(ko as unknown as Tree)
      .filter(([path, value]) => !SAME_ON_PURPOSE.has(path) && render(value) === render(english.get(path)))
      .map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it('have no empty messages, and Korean text in the Korean UI', () => {
    for (const [path, value] of leaves(ko)) {
      expect(render(value).trim(), path).not.toBe('');
    }
    expect(ko.common.navAlbum).toMatch(/[\uac00-\ud7a3]/);
  });
});

/** The pages' own messages, loaded with them (src/i18n/page-messages.ts); the rank page's has its own test. */
const PAGE_MESSAGES = { track: trackMessages, favorites: favoritesMessages, quotes: quotesMessages };

describe.each(Object.entries(PAGE_MESSAGES))('the %s messages loaded with their page', (_, messages) => {
  it('exist for every language of the app, with the same keys', () => {
    expect(Object.keys(messages).sort()).toEqual([...LANG_TAGS].sort());
    expect(Object.keys(messages.ko!)).toEqual(Object.keys(messages.en!));
  });

  it('leave nothing untranslated or empty, and write Korean as 해요체, not 합니다체', () => {
    const english = messages.en as unknown as Tree;
    const korean = leaves(messages.ko as unknown as Tree);
    expect(
      korean.filter(([key, value]) => render(value) === render(english[key])).map(([key]) => key),
    ).toEqual([]);
    expect(korean.filter(([, value]) => render(value).trim() === '').map(([key]) => key)).toEqual([]);
    expect(korean.filter(([, value]) => /니다\b|니다\./.test(render(value))).map(([key]) => key)).toEqual([]);
  });
});
