import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL_ROSIE, expect, reachSection, test } from './fixtures.ts';

const KEY = 'rosie:favorites';
const BACKUP = 'rosie:favorites:backup';

const heart = (page: Page, title: string) =>
  page.getByRole('button', { name: `Favorite ${title}`, exact: true });
const favoritesList = (page: Page) => page.locator('.favorites-page > .favorites-list');

test('two favorites survive a reload and are listed on /favorites in album order', async ({ page }) => {
  await page.goto('/');
  await heart(page, 'gameboy').click();
  await heart(page, 'number one girl').click();
  await expect(heart(page, 'gameboy')).toHaveAttribute('aria-pressed', 'true');
  await expect(heart(page, 'number one girl')).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await expect(heart(page, 'gameboy')).toHaveAttribute('aria-pressed', 'true');
  await expect(heart(page, 'number one girl')).toHaveAttribute('aria-pressed', 'true');
  await expect(heart(page, '3am')).toHaveAttribute('aria-pressed', 'false');
  await expect(
    page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Favorites 2' }),
  ).toBeVisible();

  await page.goto('/favorites');
  await expect(favoritesList(page).getByRole('link')).toHaveText(['number one girl', 'gameboy']);
  await page.goto('/track/gameboy');
  await expect(heart(page, 'gameboy')).toHaveAttribute('aria-pressed', 'true');
});

test('a toggle in one tab shows in another within a second', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/');
  await reachSection(first, 'tracklist');
  await second.goto('/track/apt');
  await expect(heart(second, 'APT.')).toHaveAttribute('aria-pressed', 'false');
  await heart(first, 'APT.').click();
  await expect(heart(second, 'APT.')).toHaveAttribute('aria-pressed', 'true', { timeout: 1000 });
  await heart(first, 'APT.').click();
  await expect(heart(second, 'APT.')).toHaveAttribute('aria-pressed', 'false', { timeout: 1000 });
});

test('corrupted storage still renders, keeps the unreadable value as a backup and says so once', async ({
  page,
}) => {
  const corrupted = '{"state":{"slugs":["apt"'; // cut off mid-write
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [KEY, corrupted],
  );
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Tracklist' }).getByRole('listitem')).toHaveCount(12);
  await expect(page.getByText(/couldn’t be read, so a copy was kept aside/)).toBeVisible();
  await expect(heart(page, 'APT.')).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBe(corrupted);

  await heart(page, 'two years').click();
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(page.getByText(/couldn’t be read/)).toBeHidden();
  await page.reload();
  // The tracklist comes to life (shows saved hearts) as the reader reaches it.
  await reachSection(page, 'tracklist');
  await expect(heart(page, 'two years')).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(/couldn’t be read/)).toBeHidden();
  expect(await page.evaluate((k) => localStorage.getItem(k), BACKUP)).toBe(corrupted);
});

test('when localStorage throws, favorites still toggle for the session and a notice says so', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(page.getByText(/can’t be saved on this device/)).toBeVisible();
  await heart(page, 'toxic till the end').click();
  await expect(heart(page, 'toxic till the end')).toHaveAttribute('aria-pressed', 'true');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: /Favorites/ })
    .click();
  await expect(favoritesList(page).getByRole('link')).toHaveText(['toxic till the end']);
});

test('a shared-favorites link shows the list and adds it only on consent', async ({ page }) => {
  await page.goto('/');
  await heart(page, '3am').click();
  // A tap on a section still loading is replayed once it is live: leave only once the heart shows it, as a person would.
  await expect(heart(page, '3am')).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/favorites?shared=dance-all-night,apt,not-a-track,%25%25');
  const shared = page.getByRole('region', { name: 'Shared favorites' });
  await expect(shared.getByRole('link')).toHaveText(['APT.', 'dance all night']);
  await expect(shared).toContainText('2 entries in the link were not tracks on this album');
  await expect(favoritesList(page).getByRole('link')).toHaveText(['3am']);

  await page.reload();
  await expect(shared).toBeVisible();
  await expect(favoritesList(page).getByRole('link')).toHaveText(['3am']);

  await shared.getByRole('button', { name: 'Add these to my favorites' }).click();
  await expect(page.getByText('Added 2 tracks to your favorites.')).toBeVisible();
  await expect(favoritesList(page).getByRole('link')).toHaveText(['3am', 'APT.', 'dance all night']);
  await expect(page).toHaveURL(/\/favorites$/);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
});

test('the share link carries the slugs and opens on the /rosie/ base path', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await heart(page, 'gameboy').click();
  await heart(page, 'two years').click();
  await expect(heart(page, 'two years')).toHaveAttribute('aria-pressed', 'true');
  await page.goto('/favorites');
  await page.evaluate(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
  await page.getByRole('button', { name: 'Share my favorites' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(url.pathname + url.search).toBe('/favorites?shared=two-years,gameboy');

  await page.goto(`${BASE_URL_ROSIE}ko/favorites?shared=two-years,gameboy`);
  const shared = page.getByRole('region', { name: '공유받은 최애곡' });
  await expect(shared.getByRole('link')).toHaveText(['two years', 'gameboy']);
  await expect(shared.getByRole('link').first()).toHaveAttribute('href', '/rosie/ko/track/two-years');
});

test.describe('before the app has read them (first paint)', () => {
  /** What the page shows at DOMContentLoaded, before the app starts (it waits for the first paint). */
  async function firstPaint(page: Page, saved: string | null) {
    await page.addInitScript(
      ([key, value]) => {
        if (value !== null) localStorage.setItem(key, value);
        document.addEventListener('DOMContentLoaded', () => {
          const shown = (selector: string) => {
            const element = document.querySelector(selector);
            return element !== null && getComputedStyle(element).display !== 'none';
          };
          (window as unknown as { seen: object }).seen = {
            empty: shown('.favorites-empty'),
            loading: shown('.favorites-page__loading'),
          };
        });
      },
      [KEY, saved] as const,
    );
    await page.goto('/favorites');
    return page.evaluate(() => (window as unknown as { seen: object }).seen);
  }

  test('with nothing saved, the empty state is on the first paint (no wait for the app)', async ({
    page,
  }) => {
    expect(await firstPaint(page, null)).toEqual({ empty: true, loading: false });
    await expect(page.getByRole('heading', { name: 'No favorites yet' })).toBeVisible();
  });

  test('with favorites saved, "no favorites" never shows: Loading, then the list', async ({ page }) => {
    const saved = JSON.stringify({ state: { slugs: ['apt'] }, version: 1 });
    expect(await firstPaint(page, saved)).toEqual({ empty: false, loading: true });
    await expect(favoritesList(page).getByRole('link')).toHaveText(['APT.']);
    await expect(page.getByRole('heading', { name: 'No favorites yet' })).toBeHidden();
  });
});
