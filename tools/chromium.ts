// Debian's Chromium and the flags it needs on these machines (no sandbox as root; no background network calls,
// which the closed network refuses): shared by the e2e tests and the Lighthouse bench.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The browser Lighthouse runs in (`npm run bench`, `npm run profile`): Debian's headless shell build of the same
 * Chromium (package chromium-headless-shell). The full browser, even headless, keeps a window of its own (its UI,
 * never shown) and updates its layers 60 times a second while a page loads: in Lighthouse's traces here that took
 * ≈250-310 ms of the browser's CPU time in the 0.8 s around the first paint (the shell's: 66-78 ms), on two cores, and
 * the page's tasks waited for a core (Lighthouse's simulation multiplies their wall time). Same engine, same work for
 * the page.
 * `LIGHTHOUSE_CHROMIUM_PATH=/usr/bin/chromium npm run bench` measures in the full browser instead.
 */
export const LIGHTHOUSE_CHROMIUM = process.env.LIGHTHOUSE_CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
