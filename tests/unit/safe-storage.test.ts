import { describe, expect, it } from 'vitest';
import { backupKeyFor, createSafeStorage } from '../../src/lib/safe-storage.ts';
import { FakeStorage } from '../fake-storage.ts';

const isList = (value: unknown) => Array.isArray(value);

describe('safe storage', () => {
  it('reads and writes through to storage when nothing goes wrong', () => {
    const fake = new FakeStorage({ k: '["a"]' });
    const storage = createSafeStorage(() => fake, { validate: isList });
    expect(storage.getItem('k')).toBe('["a"]');
    storage.setItem('k', '["a","b"]');
    expect(fake.data.get('k')).toBe('["a","b"]');
    expect(storage.status()).toEqual({ memoryOnly: false, unsaved: false, recovered: false });
  });

  it('never writes a key the app has not read yet, so a saved value cannot be replaced unseen', () => {
    const fake = new FakeStorage({ k: '["saved"]' });
    const storage = createSafeStorage(() => fake);
    storage.setItem('k', '[]');
    expect(fake.data.get('k')).toBe('["saved"]');
    expect(storage.getItem('k')).toBe('["saved"]');
  });

  it('works in memory and says so when storage throws on access', () => {
    const storage = createSafeStorage(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(storage.getItem('k')).toBeNull();
    storage.setItem('k', '["a"]');
    expect(storage.getItem('k')).toBe('["a"]');
    expect(storage.status().memoryOnly).toBe(true);
  });

  it('works in memory when storage throws on read, and never writes over what it could not read', () => {
    const fake = new FakeStorage({ k: '["saved"]' });
    fake.failReads = true;
    const storage = createSafeStorage(() => fake);
    expect(storage.getItem('k')).toBeNull();
    storage.setItem('k', '["new"]');
    expect(storage.getItem('k')).toBe('["new"]');
    expect(fake.data.get('k')).toBe('["saved"]');
    expect(storage.status().memoryOnly).toBe(true);
  });

  it('keeps a failed write in memory, says so, and saves everything on the next successful write', () => {
    const fake = new FakeStorage();
    const storage = createSafeStorage(() => fake);
    storage.getItem('a');
    storage.getItem('b');
    fake.full = true;
    storage.setItem('a', '1');
    expect(storage.status().unsaved).toBe(true);
    expect(storage.getItem('a')).toBe('1');
    expect(fake.data.has('a')).toBe(false);
    fake.full = false;
    storage.setItem('b', '2');
    expect(fake.data.get('a')).toBe('1');
    expect(fake.data.get('b')).toBe('2');
    expect(storage.status().unsaved).toBe(false);
  });

  it.each([
    ['not JSON', '{"slugs": [apt'],
    ['JSON of the wrong shape', '{"slugs": "apt"}'],
  ])('backs up a stored value that is %s, starts fresh and says so once', (_, raw) => {
    const fake = new FakeStorage({ k: raw });
    const storage = createSafeStorage(() => fake, { validate: isList });
    let notified = 0;
    storage.subscribe(() => (notified += 1));
    expect(storage.getItem('k')).toBeNull();
    expect(fake.data.get(backupKeyFor('k'))).toBe(raw);
    expect(storage.status().recovered).toBe(true);
    storage.dismissRecovered();
    expect(storage.status().recovered).toBe(false);
    expect(notified).toBe(2);
    storage.setItem('k', '["gameboy"]');
    expect(fake.data.get('k')).toBe('["gameboy"]');
    expect(fake.data.get(backupKeyFor('k'))).toBe(raw);
  });

  it('never overwrites an earlier backup: a second unreadable value goes to the next backup key', () => {
    const fake = new FakeStorage({ k: 'second', [backupKeyFor('k')]: 'first' });
    const storage = createSafeStorage(() => fake, { validate: isList });
    expect(storage.getItem('k')).toBeNull();
    expect(fake.data.get(backupKeyFor('k'))).toBe('first');
    expect(fake.data.get(backupKeyFor('k', 2))).toBe('second');
  });

  it('guards an unreadable value it could not back up (storage full) until the backup succeeds', () => {
    const fake = new FakeStorage({ k: 'garbage' });
    fake.full = true;
    const storage = createSafeStorage(() => fake, { validate: isList });
    expect(storage.getItem('k')).toBeNull();
    storage.setItem('k', '["apt"]');
    expect(fake.data.get('k')).toBe('garbage');
    expect(storage.status()).toMatchObject({ unsaved: true, recovered: true });
    fake.full = false;
    storage.setItem('k', '["apt","gameboy"]');
    expect(fake.data.get(backupKeyFor('k'))).toBe('garbage');
    expect(fake.data.get('k')).toBe('["apt","gameboy"]');
    expect(storage.status().unsaved).toBe(false);
  });
});
