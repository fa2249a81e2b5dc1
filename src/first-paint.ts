// "After the first paint is on screen": the browser's first-contentful-paint entry is recorded when the frame is
// presented, which can be well after the frame was produced (Chrome holds the first frame of a navigation until the
// page has content to show). Browsers without paint timing fall back to the next frame; a hidden tab never paints,
// so it starts at once; and a page with nothing contentful gives up waiting after `timeoutMs`.

export function afterFirstPaint(start: () => void, timeoutMs = 3000): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  if (document.visibilityState === 'hidden') return once();
  // Typed as always there, but older browsers have no PerformanceObserver or no list of entry types.
  const types = (globalThis.PerformanceObserver as Partial<typeof PerformanceObserver> | undefined)
    ?.supportedEntryTypes;
  if (!types?.includes('paint')) {
    requestAnimationFrame(() => setTimeout(once, 0));
    return;
  }
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    setTimeout(once, 0);
  });
  observer.observe({ type: 'paint', buffered: true });
  setTimeout(() => {
    observer.disconnect();
    once();
  }, timeoutMs);
}
