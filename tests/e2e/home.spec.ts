import { expect, reachSection, test } from './fixtures.ts';

const OFFICIAL_ORDER = [
  'number one girl',
  '3am',
  'two years',
  'toxic till the end',
  'drinks or coffee',
  'APT.',
  'gameboy',
  'stay a little longer',
  'not the same',
  'call it the end',
  'too bad for us',
  'dance all night',
];

test('the home page shows the cover and all 12 tracks in official order with durations', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('img', { name: /original fan artwork for rosie/i })).toBeVisible();
  const rows = page.getByRole('region', { name: 'Tracklist' }).getByRole('listitem');
  await expect(rows).toHaveCount(12);
  const titles = await rows.locator('.track-row__title').allTextContents();
  expect(titles).toEqual(OFFICIAL_ORDER);
  await expect(rows.nth(0)).toContainText('3:36');
  await expect(rows.nth(11)).toContainText('length unknown');
  await page.screenshot({ path: 'docs/screenshots/home.png', fullPage: false });
});

test('the content is in the HTML before any script runs', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Tracklist' }).getByRole('listitem')).toHaveCount(12);
  await context.close();
});

test('before its first paint the page fetches nothing but start.js; the app and the manifest come after', async ({
  page,
}) => {
  await page.goto('/');
  // start.js adds the manifest link with the app, once the page has painted (build/first-paint-plugin.ts).
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const { firstPaint, requests } = await page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    requests: performance
      .getEntriesByType('resource')
      .map((entry) => ({ path: new URL(entry.name).pathname, start: entry.startTime })),
  }));
  const before = requests.filter((r) => r.start < firstPaint).map((r) => r.path);
  expect(before).toEqual(['/start.js']);
  const app = requests.find((r) => /^\/assets\/index-[\w-]+\.js$/.test(r.path));
  expect(app?.start).toBeGreaterThan(firstPaint);
  // The stylesheet is in the page, allowed by its hash in the CSP: the page is styled.
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent')),
  ).not.toBe('');
});

test.describe('the code of the other pages', () => {
  // The aborted request is logged by the browser, and React reports the error its boundary caught.
  test.use({
    allowedConsoleErrors: [/Failed to load resource|dynamically imported module|above error occurred/i],
    // As on a first visit before the service worker holds the files (and so that page.route sees every request).
    serviceWorkers: 'block',
  });

  test('a first visit of / does not load it, nor the Korean messages', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    expect(
      scripts.some((p) => /\/assets\/app-/.test(p)),
      'the app itself loaded',
    ).toBe(true);
    expect(scripts.filter((p) => /\/assets\/(TrackRoute|FavoritesRoute|ko)-/.test(p))).toEqual([]);
  });

  test('when it cannot load (offline, before the service worker), the page says so, and Retry opens it', async ({
    page,
  }) => {
    await page.goto('/');
    let offline = true;
    await page.route(/\/assets\/TrackRoute-[\w-]+\.js$/, (route) =>
      offline ? route.abort('internetdisconnected') : route.continue(),
    );
    await reachSection(page, 'tracklist');
    await page.getByRole('link', { name: 'gameboy', exact: true }).click();
    await expect(page.getByRole('alert')).toContainText('This page could not be opened');
    await expect(page.getByRole('banner')).toBeVisible();

    offline = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'gameboy' })).toBeVisible();
  });
});

test.describe('a section whose code cannot load', () => {
  test.use({
    // The browser logs the failed request itself; the app logs nothing.
    allowedConsoleErrors: [/Failed to load resource/i],
    // As on a first visit before the service worker holds the files (and so that page.route sees every request).
    serviceWorkers: 'block',
  });

  test('keeps its printed content while offline, and comes to life once back online', async ({
    page,
    context,
  }) => {
    await page.goto('/');
    await context.setOffline(true);
    const tracklist = page.locator('[data-island="tracklist"]');
    await tracklist.scrollIntoViewIfNeeded();
    // Give the failed load time to happen: the page must still be whole.
    await page.waitForTimeout(1000);
    await expect(tracklist).not.toHaveAttribute('data-live');
    await expect(tracklist.getByRole('link', { name: 'gameboy' })).toBeVisible();
    await expect(page.getByRole('banner')).toBeVisible();

    await context.setOffline(false);
    await expect(tracklist).toHaveAttribute('data-live', 'true');
    await tracklist.getByRole('link', { name: 'gameboy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'gameboy' })).toBeVisible();
  });
});
