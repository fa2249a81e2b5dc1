import { describe, expect, it } from 'vitest';
import { parseSharedFavorites, sharedFavoritesPath } from '../../src/features/favorites/shared-link.ts';
import { content } from '../fixtures.ts';

const tracks = content().tracks;

describe('shared favorites links', () => {
  it('round-trips a list of slugs through the link', () => {
    const path = sharedFavoritesPath('/ko/favorites', ['apt', 'gameboy']);
    expect(path).toBe('/ko/favorites?shared=apt,gameboy');
    expect(parseSharedFavorites(path.slice(path.indexOf('?')), tracks)).toEqual({
      slugs: ['apt', 'gameboy'],
      ignored: 0,
    });
  });

  it('returns the known tracks in album order, once each, and counts unknown or malformed entries', () => {
    expect(parseSharedFavorites('?shared=gameboy,nope,APT.,%%%,apt,,3am', tracks)).toEqual({
      slugs: ['3am', 'apt', 'gameboy'],
      ignored: 2,
    });
  });

  it('is null without a shared list', () => {
    expect(parseSharedFavorites('', tracks)).toBeNull();
    expect(parseSharedFavorites('?utm=x', tracks)).toBeNull();
  });
});
