// THE clock of the app: the current time, re-read from Date.now() on every tick (never counted), null before mount.
import { startTransition, useEffect, useState } from 'react';

/**
 * The current instant (ms since the epoch), updated just after each whole second and at once when the tab
 * becomes visible again (timers sleep with the tab or the laptop). Each tick reads the clock afresh, so a
 * throttled or late timer never makes the time drift.
 *
 * Returns null on the server and on the first client render, so prerendered HTML and hydration agree:
 * callers show a stable placeholder until the real time arrives.
 *
 * Each tick is a transition: the time is never urgent, so React renders it in slices and lets a tap or a scroll
 * go first (the first reading, which fills in the whole countdown, is the costly one).
 */
export function useNow(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const tick = () => {
      const current = Date.now();
      startTransition(() => setNow(current));
      clearTimeout(timer);
      // Wake at the next whole second, when the displayed seconds (and any event at a whole second) change.
      timer = setTimeout(tick, 1000 - (current % 1000));
    };
    const onVisibilityChange = () => {
      if (document.visibilityState === 'visible') tick();
    };
    timer = setTimeout(tick, 0);
    document.addEventListener('visibilitychange', onVisibilityChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibilityChange);
    };
  }, []);
  return now;
}
