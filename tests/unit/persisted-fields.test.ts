import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { mergeFields } from '../../src/lib/persisted-fields.ts';

const merge = mergeFields(v.object({ slugs: v.array(v.string()) }));
const current = { slugs: ['apt'], toggle: () => 'the action' };

describe('mergeFields', () => {
  it('takes the persisted fields and drops every other stored key', () => {
    const merged = merge({ slugs: ['gameboy'], toggle: 'x', extra: 1 }, current);
    expect(merged).toEqual({ slugs: ['gameboy'], toggle: current.toggle });
    expect(merged.toggle()).toBe('the action');
    expect('extra' in merged).toBe(false);
  });

  it.each([[null], ['apt'], [{ slugs: [1] }], [{ toggle: 'x' }]])(
    'leaves the state as it is when the schema refuses %j',
    (persisted) => {
      expect(merge(persisted, current)).toBe(current);
    },
  );
});
