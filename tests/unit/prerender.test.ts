import { describe, expect, it } from 'vitest';
import { aliasSlugs, htmlFileFor } from '../../build/prerender-plugin.ts';
import { resolveSlug } from '../../src/lib/slug.ts';
import { content } from '../fixtures.ts';

const tracks = content().tracks;
const track = (slug: string) => tracks.find((t) => t.slug === slug)!;

describe('alias pages', () => {
  it('gives the spaced spellings of a title a URL of their own, and the one with a trailing dot', () => {
    expect(aliasSlugs(track('gameboy'))).toEqual(['game-boy']);
    expect(aliasSlugs(track('3am'))).toEqual(['3-am']);
    expect(aliasSlugs(track('apt'))).toEqual(['apt.']);
  });

  it('skips spellings that only differ in case, and ones with other punctuation (404.html redirects those)', () => {
    expect(aliasSlugs(track('number-one-girl'))).toEqual([]);
    const odd = { slug: 'apt', aliases: ['APT', '.', '..', 'apt..', '.apt', 'a.p.t', 'apt!', 'apt./x'] };
    expect(aliasSlugs(odd)).toEqual([]);
  });

  it('only makes alias pages that the app resolves to the same track', () => {
    for (const t of tracks)
      for (const alias of aliasSlugs(t)) expect(resolveSlug(alias, tracks)).toBe(t.slug);
  });
});

describe('htmlFileFor', () => {
  it('writes each route to its own index.html, and the not-found page to 404.html', () => {
    expect(htmlFileFor('/')).toBe('index.html');
    expect(htmlFileFor('/ko/track/game-boy')).toBe('ko/track/game-boy/index.html');
    expect(htmlFileFor('/404')).toBe('404.html');
  });
});
