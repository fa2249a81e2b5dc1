// A slow phone as a person holds it, not as Lighthouse's simulation models it: the network and CPU throttled for real
// through the DevTools protocol (Lighthouse's mobile figures: 150 ms round trips, 1.6 Mbps down, 750 Kbps up, a CPU
// 4x slower), in the headless shell Lighthouse runs in. Used by `npm run bench` and the event-replay e2e test.
// - firstVisit: the page's own paint timings (FCP, LCP) and the moments its parts went live (the page's root, and
//   each island on the first screen), read from the performance marks the app leaves (src/lib/early-events.ts).
// - firstScroll: the long animation frames while a person scrolls the first 1,800 px of a page (4x CPU only).
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, LIGHTHOUSE_CHROMIUM } from './chromium.ts';

/** Lighthouse's mobile network and CPU (its "slow 4G" and a phone about 4x slower than a desktop). */
export const SLOW_PHONE = {
  latencyMs: 150,
  downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSecond: (750 * 1024) / 8,
  cpuSlowdown: 4,
} as const;

/** Lighthouse's mobile screen. */
const PHONE = {
  viewport: { width: 412, height: 823 },
  deviceScaleFactor: 1.75,
  isMobile: true,
  hasTouch: true,
} as const;

export async function launchShell(): Promise<Browser> {
  return chromium.launch({ executablePath: LIGHTHOUSE_CHROMIUM, args: CHROMIUM_FLAGS });
}

/** Throttles a page's network (unless `network` is false) and CPU as on the slow phone. */
export async function throttle(
  cdp: CDPSession,
  { network = true }: { network?: boolean } = {},
): Promise<void> {
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW_PHONE.latencyMs,
      downloadThroughput: SLOW_PHONE.downloadBytesPerSecond,
      uploadThroughput: SLOW_PHONE.uploadBytesPerSecond,
    });
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_PHONE.cpuSlowdown });
}

/** A new phone-sized page with a fresh profile (a first visit), its CPU and (optionally) network throttled. */
export async function slowPhonePage(
  browser: Browser,
  { network = true }: { network?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttle(cdp, { network });
  return { context, page, cdp };
}

export interface FirstVisit {
  fcpMs: number;
  lcpMs: number;
  /** When the page's root was live (hydrated), or null if it never was (a page without its app). */
  liveMs: number | null;
  /** When the last island on the first screen was live (the root when there is none). */
  firstScreenLiveMs: number | null;
}

/**
 * Records the paint timings and the moments the parts went live, in the page, from its first byte. A string, not a
 * function: the TypeScript runner names functions with a helper the page does not have.
 */
const RECORD_TIMINGS = `(() => {
  const timings = (window.__timings = {});
  const note = (name, at) => { if (!(name in timings)) timings[name] = at; };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') note('fcp', entry.startTime);
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) timings.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  // The live moments: the app's marks where it leaves them, else the attributes it sets (older builds).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name.startsWith('live:')) note(entry.name, entry.startTime);
  }).observe({ type: 'mark', buffered: true });
  new MutationObserver(() => {
    if (document.documentElement.dataset.hydrated) note('live:page', performance.now());
    for (const island of document.querySelectorAll('[data-island][data-live]'))
      note('live:' + island.dataset.island, performance.now());
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-hydrated', 'data-live'] });
})()`;

/** The islands whose wrapper starts within the first screen. */
const firstScreenIslands = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-island]')]
      .filter((island) => island.getBoundingClientRect().top < window.innerHeight)
      .map((island) => island.dataset.island ?? ''),
  );

/** One first visit of `url` on the slow phone; waits until the first screen is live (or `settleMs` passed). */
export async function firstVisit(browser: Browser, url: string, settleMs = 12_000): Promise<FirstVisit> {
  const { context, page } = await slowPhonePage(browser);
  try {
    await page.addInitScript({ content: RECORD_TIMINGS });
    await page.goto(url, { waitUntil: 'load' });
    const islands = await firstScreenIslands(page);
    const names = ['live:page', ...islands.map((name) => `live:${name}`)];
    await page
      .waitForFunction(
        (wanted) => {
          const timings = (window as unknown as { __timings: Record<string, number> }).__timings;
          return wanted.every((name) => name in timings);
        },
        names,
        { timeout: settleMs },
      )
      .catch(() => undefined);
    // LCP is final once the page has been live for a moment (or the wait ended).
    await page.waitForTimeout(300);
    const timings = await page.evaluate(
      () => (window as unknown as { __timings: Record<string, number | undefined> }).__timings,
    );
    const live = names.map((name) => timings[name]);
    return {
      fcpMs: Math.round(timings.fcp ?? Number.NaN),
      lcpMs: Math.round(timings.lcp ?? Number.NaN),
      liveMs: timings['live:page'] === undefined ? null : Math.round(timings['live:page']),
      firstScreenLiveMs: live.every((at) => at !== undefined) ? Math.round(Math.max(...live)) : null,
    };
  } finally {
    await context.close();
  }
}

export interface FirstScroll {
  /** Animation frames longer than 50 ms while scrolling. */
  longFrames: number;
  worstMs: number;
}

/**
 * A first visit of `url` on a phone with a 4x slower CPU (no network throttling): once the page has loaded and gone
 * quiet, a finger-like scroll of the first 1,800 px in wheel steps, and the long animation frames it took.
 */
export async function firstScroll(browser: Browser, url: string): Promise<FirstScroll> {
  const { context, page } = await slowPhonePage(browser, { network: false });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', undefined, {
      timeout: 15_000,
    });
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      const w = window as unknown as { __frames: number[] };
      w.__frames = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.__frames.push(entry.duration);
      }).observe({ type: 'long-animation-frame' });
    });
    await page.mouse.move(200, 400);
    for (let y = 0; y < 1800; y += 100) {
      await page.mouse.wheel(0, 100);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(1500);
    const frames = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames);
    const long = frames.filter((ms) => ms > 50);
    return { longFrames: long.length, worstMs: Math.round(Math.max(0, ...frames)) };
  } finally {
    await context.close();
  }
}
