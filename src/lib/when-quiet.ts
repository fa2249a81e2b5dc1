// Work that helps later visits but not this one waits until this one has loaded: see whenQuiet().

/** How long after the load event the page is left to finish its own start (hydration, the first screen's code). */
export const SETTLE_MS = 1000;
/** The longest wait for an idle moment after that: a page that never goes idle still gets the work done. */
export const IDLE_TIMEOUT_MS = 5000;

/**
 * Resolves once the page has loaded, had a second to settle, and the browser has an idle moment. For work such as
 * installing the service worker, whose precache downloads every file of the app: started during the first load,
 * it competes with that load for the network and the processor (on a phone, for its few cores).
 */
export function whenQuiet(): Promise<void> {
  return new Promise((resolve) => {
    const idle = () =>
      typeof requestIdleCallback === 'function'
        ? requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS })
        : resolve(); // Safari has no requestIdleCallback: the settling pause is all it gets.
    const settle = () => setTimeout(idle, SETTLE_MS);
    if (document.readyState === 'complete') settle();
    else window.addEventListener('load', settle, { once: true });
  });
}
