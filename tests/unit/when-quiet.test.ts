import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_TIMEOUT_MS, SETTLE_MS, whenQuiet } from '../../src/lib/when-quiet.ts';

describe('whenQuiet', () => {
  let readyState: DocumentReadyState;
  const idleCallbacks: { callback: () => void; timeout?: number }[] = [];

  beforeEach(() => {
    vi.useFakeTimers();
    readyState = 'interactive';
    vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
    idleCallbacks.length = 0;
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options?: { timeout?: number }) => {
      idleCallbacks.push({ callback, timeout: options?.timeout });
      return idleCallbacks.length;
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const track = () => {
    const done = vi.fn();
    void whenQuiet().then(done);
    return done;
  };

  it('waits for the load event, a second to settle, then an idle moment', async () => {
    const done = track();
    await vi.advanceTimersByTimeAsync(10 * SETTLE_MS);
    expect(idleCallbacks).toHaveLength(0);
    expect(done).not.toHaveBeenCalled();

    readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(idleCallbacks).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(idleCallbacks.map((c) => c.timeout)).toEqual([IDLE_TIMEOUT_MS]);
    expect(done).not.toHaveBeenCalled();

    idleCallbacks[0]!.callback();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toHaveBeenCalledOnce();
  });

  it('on a page that has already loaded, only settles and waits for the idle moment', async () => {
    readyState = 'complete';
    const done = track();
    await vi.advanceTimersByTimeAsync(SETTLE_MS);
    expect(idleCallbacks).toHaveLength(1);
    idleCallbacks[0]!.callback();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toHaveBeenCalledOnce();
  });

  it('without requestIdleCallback (Safari), goes on once the page has settled', async () => {
    vi.stubGlobal('requestIdleCallback', undefined);
    readyState = 'complete';
    const done = track();
    await vi.advanceTimersByTimeAsync(SETTLE_MS - 1);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledOnce();
  });
});
