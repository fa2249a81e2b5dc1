import { describe, expect, it, vi } from 'vitest';
import { onDemand } from '../../src/lib/on-demand.ts';

describe('onDemand', () => {
  it('loads once, however often it is asked, and is readable synchronously once here', async () => {
    const fetch = vi.fn(() => Promise.resolve('code'));
    const code = onDemand(fetch);
    expect(code.current()).toBeUndefined();
    const first = code.load();
    expect(code.load()).toBe(first);
    expect(code.latest()).toBe(first);
    await expect(first).resolves.toBe('code');
    expect(code.current()).toBe('code');
    await code.load();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('keeps a failed load for whoever waits on it, and tries again when asked to load (a lost connection)', async () => {
    const fetch = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('code');
    const code = onDemand<string>(fetch);
    const failed = code.load();
    await expect(failed).rejects.toThrow('offline');
    expect(code.latest()).toBe(failed);
    expect(code.current()).toBeUndefined();

    await expect(code.load()).resolves.toBe('code');
    expect(code.current()).toBe('code');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
