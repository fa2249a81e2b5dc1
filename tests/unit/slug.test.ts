import { describe, expect, it } from 'vitest';
import { resolveSlug, slugKey } from '../../src/lib/slug.ts';
import { content } from '../fixtures.ts';

const tracks = content().tracks;

describe('resolveSlug', () => {
  it.each([
    ['gameboy', 'gameboy'],
    ['Game-Boy', 'gameboy'],
    ['game-boy', 'gameboy'],
    ['Game%20Boy', 'gameboy'],
    ['3AM', '3am'],
    ['apt.', 'apt'],
    ['APT', 'apt'],
    ['Number-One-Girl', 'number-one-girl'],
    ['TOXIC TILL THE END', 'toxic-till-the-end'],
  ])('maps %s to %s', (input, expected) => {
    expect(resolveSlug(input, tracks)).toBe(expected);
  });

  it('returns null for an unknown track or an empty spelling', () => {
    expect(resolveSlug('vampirehollie', tracks)).toBeNull();
    expect(resolveSlug('...', tracks)).toBeNull();
  });

  it('keeps a malformed escape as typed', () => {
    expect(slugKey('%E0%A4%A')).toBe('e0a4a');
  });
});
