import { describe, expect, it, vi } from 'vitest';
import { isoDate, twoDigits } from '../../src/lib/digits.ts';
import { getOrCreate } from '../../src/lib/get-or-create.ts';

describe('digits', () => {
  it('writes a number in two digits at least', () => {
    expect(twoDigits(7)).toBe('07');
    expect(twoDigits(0)).toBe('00');
    expect(twoDigits(12)).toBe('12');
    expect(twoDigits(123)).toBe('123');
  });

  it('writes a calendar date as YYYY-MM-DD, the year in four digits', () => {
    expect(isoDate(2024, 12, 6)).toBe('2024-12-06');
    expect(isoDate(2025, 2, 28)).toBe('2025-02-28');
    expect(isoDate(987, 1, 1)).toBe('0987-01-01');
  });
});

describe('getOrCreate', () => {
  it('makes a value once per key and returns the kept one after', () => {
    const cache = new Map<string, { key: string }>();
    const create = vi.fn((key: string) => ({ key }));
    const first = getOrCreate(cache, 'a', () => create('a'));
    expect(getOrCreate(cache, 'a', () => create('a'))).toBe(first);
    expect(getOrCreate(cache, 'b', () => create('b'))).toEqual({ key: 'b' });
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('keeps a value that is falsy', () => {
    const cache = new Map<string, number>();
    const create = vi.fn(() => 0);
    getOrCreate(cache, 'zero', create);
    expect(getOrCreate(cache, 'zero', create)).toBe(0);
    expect(create).toHaveBeenCalledTimes(1);
  });
});
