// When data/rosie.json cannot be had (a 500, a damaged file, a server that never answers), a prerendered page keeps
// what it printed and says so in a small notice with Retry (src/app/content-fault.tsx); a page rendered in the browser
// shows the friendly error. The pages here are opened without waiting for hydration, which never comes until the
// data does.
import fs from 'node:fs';
import type { BrowserContext, Page, Route } from '@playwright/test';
import { ko } from '../../src/i18n/ko.ts';
import { expect, test } from './fixtures.ts';
import { DIST } from './routes.ts';

interface Track {
  slug: string;
  title: string;
  writers: { names: string[] };
  producers: { names: string[] };
}
const data = JSON.parse(fs.readFileSync(`${DIST}/data/rosie.json`, 'utf8')) as { tracks: Track[] };
const apt = data.tracks.find((t) => t.slug === 'apt')!;

const DATA = '**/data/rosie.json';
/** How long the printed text must outlast the fault (the bar). */
const HOLD_MS = 10_000;

const faults = {
  '500': (route: Route) => route.fulfill({ status: 500, body: 'Internal Server Error' }),
  malformed: (route: Route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"album": {"title": "ros' }),
  // Never answered: the request stays open until the page gives up on it.
  never: () => undefined,
};

/** The notice as a person reads it: a status message with a Retry button. */
const notice = (page: Page) =>
  page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Retry' }) });

/** Opens a page as a visitor does, without the fixture's wait for hydration; collects its console errors. */
async function open(context: BrowserContext, path: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  const response = await page.goto(path);
  expect(response?.status()).toBe(200);
  return { page, errors };
}

test.describe('a prerendered page whose data cannot be had', () => {
  // On a first visit before the service worker holds the data, and so that page.route sees every request. A 500 is
  // logged by the browser itself ("Failed to load resource"); the app logs only damaged data, once.
  test.use({
    serviceWorkers: 'block',
    // (One pattern: Playwright reads a two-element array as [value, options].)
    allowedConsoleErrors: [
      /Failed to load resource: the server responded with a status of 500|The album data is invalid/,
    ],
  });
  test.describe.configure({ timeout: 40_000 });

  for (const [name, fault] of Object.entries(faults)) {
    test(`keeps its printed text for ${HOLD_MS / 1000} s and offers Retry: data ${name}`, async ({
      context,
    }) => {
      await context.route(DATA, fault);
      const started = Date.now();
      const [home, track] = await Promise.all([open(context, '/'), open(context, '/track/apt')]);
      const tracklist = home.page.getByRole('region', { name: 'Tracklist' });
      const credits = track.page.getByRole('region', { name: 'Credits' });
      const printed = {
        home: await home.page.locator('#root').innerHTML(),
        track: await track.page.locator('#root').innerHTML(),
      };

      await expect(notice(home.page)).toBeVisible({ timeout: HOLD_MS });
      await expect(notice(track.page)).toBeVisible({ timeout: HOLD_MS });
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, HOLD_MS - (Date.now() - started))));

      await expect(tracklist.getByRole('listitem')).toHaveCount(12);
      for (const { title } of data.tracks) await expect(tracklist).toContainText(title);
      await expect(track.page.getByRole('heading', { level: 1, name: apt.title })).toBeVisible();
      for (const name of [...apt.writers.names, ...apt.producers.names])
        await expect(credits).toContainText(name);
      // Untouched: not one node of the printed page changed, and the app never took it over.
      expect(await home.page.locator('#root').innerHTML()).toBe(printed.home);
      expect(await track.page.locator('#root').innerHTML()).toBe(printed.track);
      for (const { page } of [home, track]) {
        await expect(notice(page)).toBeVisible();
        expect(await page.evaluate(() => document.documentElement.dataset.hydrated)).toBeUndefined();
      }
      if (name === 'malformed') {
        await expect(notice(home.page)).toContainText('looks damaged');
        // Reported once per page, never retried.
        for (const { errors } of [home, track])
          expect(errors).toEqual([expect.stringContaining('not valid JSON')]);
      } else {
        await expect(notice(home.page)).toContainText('could not be loaded');
        for (const { errors } of [home, track]) {
          expect(errors.filter((text) => !text.startsWith('Failed to load resource'))).toEqual([]);
        }
      }
    });
  }

  test('says a file the schema refuses is damaged, and hydrates as usual once Retry brings good data, in Korean', async ({
    context,
  }) => {
    let healthy = false;
    await context.route(DATA, async (route) => {
      if (healthy) return route.fallback();
      // Valid JSON, invalid content: two tracks with one slug.
      const json = structuredClone(data);
      json.tracks[6].slug = 'apt';
      await route.fulfill({ json });
    });
    const { page, errors } = await open(context, '/ko/');
    const koNotice = page
      .getByRole('status')
      .filter({ has: page.getByRole('button', { name: '다시 시도' }) });
    await expect(koNotice).toContainText(ko.common.dataDamaged);
    expect(errors).toEqual([expect.stringContaining('tracks.6.slug: duplicate slug "apt"')]);
    healthy = true;
    await koNotice.getByRole('button', { name: '다시 시도' }).click();
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    await expect(koNotice).toHaveCount(0);
    // Live now: a heart saves the track.
    const heart = page.getByRole('button', { name: new RegExp(apt.title.replace('.', '\\.')) }).first();
    await heart.click();
    await expect(heart).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('a page rendered in the browser', () => {
  // The browser logs the page's own 404; the app logs the damaged data.
  test.use({ serviceWorkers: 'block', allowedConsoleErrors: [/status of 404|The album data is invalid/] });

  test('shows the friendly error with Retry when the data is damaged (the 404 page’s recovery)', async ({
    context,
  }) => {
    await context.route(DATA, faults.malformed);
    const page = await context.newPage();
    const response = await page.goto('/track/Game-Boy');
    expect(response?.status()).toBe(404);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The album could not be loaded');
    await expect(alert).toContainText('looks damaged');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeEnabled();
  });
});
