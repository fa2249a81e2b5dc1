// No tap is lost while the page wakes up: on a slow phone (the network and CPU throttled through the DevTools
// protocol, tools/slow-phone.ts) the prerendered page is on screen seconds before its code has run. A tap on a
// control then is held by public/start.js, shown as taken, and replayed once the page is live: exactly once, within
// 100 ms of the page going live, on the same element. A tap on an element gone by then is dropped without an error.
import fs from 'node:fs';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS, LIGHTHOUSE_CHROMIUM } from '../../tools/chromium.ts';
import { throttle } from '../../tools/slow-phone.ts';
import { expect, test } from './fixtures.ts';

// Timed in the headless shell, as the bench is (tools/chromium.ts): the full browser paints a window of its own at
// 60 frames a second, and on a machine of two cores the page's tasks wait for one.
// One test at a time, in order (the slow-phone project runs after the rest; see playwright.config.ts).
test.describe.configure({ mode: 'default' });

test.use({
  launchOptions: {
    executablePath: fs.existsSync(LIGHTHOUSE_CHROMIUM) ? LIGHTHOUSE_CHROMIUM : CHROMIUM,
    args: CHROMIUM_FLAGS,
  },
});

/** What the page records: when it went live, and each effect of a tap with its time. */
const RECORD = `(() => {
  const log = (window.__effects = []);
  const note = (what) => log.push({ what, at: performance.now() });
  // Web Share, counted (the headless browser has no share sheet).
  Object.defineProperty(Navigator.prototype, 'share', {
    configurable: true,
    value: (data) => { note('share ' + data.url); return Promise.resolve(); },
  });
  Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: () => true });
  // A replayed tap (not trusted) is noted with its time; each person's tap, as it lands, with whether the page was
  // live and whether the control is marked as taken, by a listener on the window after the page's own (start.js).
  addEventListener('click', (event) => { if (!event.isTrusted) note('replay'); }, true);
  const taps = (window.__taps = []);
  document.addEventListener('DOMContentLoaded', () => addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    taps.push({
      live: performance.getEntriesByName('live:page').length > 0,
      pending: event.target.closest('button').hasAttribute('data-pending'),
    });
  }, true));
  new MutationObserver((records) => {
    for (const record of records) {
      const element = record.target;
      if (record.attributeName === 'data-theme' && element === document.documentElement)
        note('theme ' + element.getAttribute('data-theme'));
      if (record.attributeName === 'aria-pressed' && element.classList.contains('favorite-button'))
        note('favorite ' + element.getAttribute('aria-pressed'));
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-theme', 'aria-pressed'] });
})()`;

interface Effect {
  what: string;
  at: number;
}

type Point = { x: number; y: number };

/**
 * A first visit on the slow phone, until its first paint: where each control is on screen then (its centre), 250 ms
 * later. Measured at the paint, when the page's thread is idle (its code is still downloading), not later: a query
 * waits for the page's thread, which is busy once the code runs.
 */
async function openSlowly(
  context: BrowserContext,
  path: string,
  controls: ((page: Page) => Locator)[],
): Promise<{ page: Page; at: Point[] }> {
  const page = await context.newPage();
  await throttle(await context.newCDPSession(page));
  await page.addInitScript({ content: RECORD });
  await page.goto(path, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const at: Point[] = [];
  for (const control of controls) {
    const box = await control(page).boundingBox({ timeout: 5000 });
    if (!box) throw new Error('a control is not on screen at the first paint');
    at.push({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  await page.waitForTimeout(250);
  return { page, at };
}

/** A tap where a finger would land, at once (a person does not wait for the page to be still). */
const tap = (page: Page, { x, y }: Point) => page.mouse.click(x, y);

interface Tap {
  /** Whether the page was live when the tap landed. */
  live: boolean;
  /** Whether the control was marked as taken right after it. */
  pending: boolean;
}

/**
 * Once the page is live: when it went live (its performance mark), the taps, the replays and the effects it recorded
 * (each effect's time is when the page noticed the change: at most a few ms after it).
 */
async function afterLive(
  page: Page,
): Promise<{ liveAt: number; taps: Tap[]; replays: number[]; effects: Effect[] }> {
  await page.waitForFunction(() => performance.getEntriesByName('live:page').length > 0, undefined, {
    timeout: 20_000,
  });
  // Long enough for any second (wrong) effect of a tap to show.
  await page.waitForTimeout(1000);
  const recorded = await page.evaluate(() => ({
    liveAt: performance.getEntriesByName('live:page')[0]?.startTime ?? Number.NaN,
    taps: (window as unknown as { __taps: Tap[] }).__taps,
    effects: (window as unknown as { __effects: Effect[] }).__effects,
  }));
  // Every tap landed before the page was live (else the test proved nothing), and was shown as taken at once.
  expect(recorded.taps.length).toBeGreaterThan(0);
  for (const tap of recorded.taps) expect(tap).toEqual({ live: false, pending: true });
  const replays = recorded.effects.filter((e) => e.what === 'replay').map((e) => e.at - recorded.liveAt);
  const effects = recorded.effects.filter((e) => e.what !== 'replay');
  return { liveAt: recorded.liveAt, taps: recorded.taps, replays, effects };
}

const favorite = (page: Page): Locator =>
  page.getByRole('main').getByRole('button', { name: 'Favorite APT.' });
const share = (page: Page) => page.getByRole('main').getByRole('button', { name: 'Share', exact: true });
const themeToggle = (page: Page) => page.getByRole('button', { name: 'Dark theme' });

test.describe('taps before the page is live, on a slow phone', () => {
  test.describe.configure({ timeout: 60_000 });

  test('Favorite and Share on a track page each take effect once, within 100 ms of the page going live', async ({
    context,
  }) => {
    const { page, at } = await openSlowly(context, '/track/apt', [favorite, share]);
    await tap(page, at[0]);
    await tap(page, at[1]);

    const { liveAt, effects, replays } = await afterLive(page);
    test.info().annotations.push({
      type: 'timing',
      description: `replays ${replays.map(Math.round).join(', ')} ms, effects ${effects.map((e) => Math.round(e.at - liveAt)).join(', ')} ms after live`,
    });
    // (The page notes a change of attribute a little after it happens: the two may come in either order here.)
    expect(effects.map((e) => e.what).sort()).toEqual([
      'favorite true',
      `share ${new URL('/track/apt', page.url()).href}`,
    ]);
    for (const effect of effects) expect(effect.at - liveAt).toBeLessThan(100);
    await expect(favorite(page)).toHaveAttribute('aria-pressed', 'true');
    await expect(favorite(page)).not.toHaveAttribute('data-pending');
    await expect(share(page)).not.toHaveAttribute('data-pending');
    // Focus stays where the person put it: on the last control tapped.
    await expect(share(page)).toBeFocused();
  });

  test('a double tap before the page is live toggles twice, as the person asked', async ({ context }) => {
    const { page, at } = await openSlowly(context, '/track/apt', [favorite]);
    await tap(page, at[0]);
    await tap(page, at[0]);
    const { effects } = await afterLive(page);
    expect(effects.map((e) => e.what)).toEqual(['favorite true', 'favorite false']);
    await expect(favorite(page)).toHaveAttribute('aria-pressed', 'false');
  });

  test('the theme toggle on the home page takes effect once, within 100 ms of the page going live', async ({
    context,
  }) => {
    const { page, at } = await openSlowly(context, '/', [themeToggle]);
    await tap(page, at[0]);
    const before = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    const { liveAt, effects, replays } = await afterLive(page);
    test.info().annotations.push({
      type: 'timing',
      description: `replays ${replays.map(Math.round).join(', ')} ms, effects ${effects.map((e) => Math.round(e.at - liveAt)).join(', ')} ms after live`,
    });
    expect(effects.map((e) => e.what)).toEqual([`theme ${before ? 'light' : 'dark'}`]);
    expect(effects[0].at - liveAt).toBeLessThan(100);
    await expect(themeToggle(page)).toHaveAttribute('aria-pressed', String(!before));
  });
});

test.describe('a tap before the page is live, on a slow phone, on an element gone once it is', () => {
  test.describe.configure({ timeout: 60_000 });
  // The page an unknown path gets is served with status 404, which the browser reports.
  test.use({ allowedConsoleErrors: [/the server responded with a status of 404/] });

  test('is dropped without an error', async ({ context }) => {
    // An unknown path gets 404.html, whose app renders afresh (the page it was printed for is not this one): every
    // element printed is replaced.
    const { page, at } = await openSlowly(context, '/track/no-such-track', [themeToggle]);
    const printed = await themeToggle(page).elementHandle();
    await tap(page, at[0]);
    const { effects, replays } = await afterLive(page);
    expect(replays).toEqual([]);
    expect(await printed.evaluate((element) => element.isConnected)).toBe(false);
    expect(effects).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(themeToggle(page)).not.toHaveAttribute('data-pending');
    // The console and page-error watch of the fixture fails the test on any error.
  });
});
