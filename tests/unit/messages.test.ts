import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
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
