import { describe, expect, it } from 'vitest';
import { LANG_TAGS } from '../../src/i18n/languages.ts';
import rankEn from '../../src/features/rank/messages/en.ts';
import rankKo from '../../src/features/rank/messages/ko.ts';
import { rankMessages } from '../../src/features/rank/rank-messages.ts';

/** A message as text: strings as they are, functions called with sample arguments. */
function render(value: unknown): string {
  if (typeof value !== 'function') return String(value);
  const samples = [3, 'gameboy', 1];
  return String((value as (...args: unknown[]) => unknown)(...samples.slice(0, value.length)));
}

describe('the rank page’s English and Korean messages', () => {
  it('exist for every language of the app', () => {
    expect(Object.keys(rankMessages).sort()).toEqual([...LANG_TAGS].sort());
  });

  it('have the same keys', () => {
    expect(Object.keys(rankKo)).toEqual(Object.keys(rankEn));
  });

  it('leave nothing untranslated, and write Korean as 해요체, not 합니다체', () => {
    const entries = Object.entries(rankKo) as [keyof typeof rankEn, unknown][];
    expect(
      entries.filter(([key, value]) => render(value) === render(rankEn[key])).map(([key]) => key),
    ).toEqual([]);
    expect(entries.filter(([, value]) => /니다\b|니다\./.test(render(value))).map(([key]) => key)).toEqual(
      [],
    );
  });

  it('count picks in the plural only when there are several', () => {
    expect(rankEn.picksLeft(1)).toBe('At most 1 pick left');
    expect(rankEn.picksLeft(30)).toBe('At most 30 picks left');
    expect(rankKo.picksLeft(30)).toBe('최대 30번 남았어요');
  });
});
