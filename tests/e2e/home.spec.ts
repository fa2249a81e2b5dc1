import { expect, test } from './fixtures.ts';

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

test.describe('when the data is damaged', () => {
  test.use({ allowedConsoleErrors: [] });

  test('a broken JSON file shows the friendly error and Retry, never a blank page', async ({ page }) => {
    let broken = true;
    await page.route('**/data/rosie.json', async (route) => {
      const response = await route.fetch();
      const json = (await response.json()) as { tracks: { slug: string }[] };
      if (broken) json.tracks[6].slug = 'apt';
      await route.fulfill({ response, json });
    });
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The album could not be loaded');
    broken = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(page.getByRole('region', { name: 'Tracklist' }).getByRole('listitem')).toHaveCount(12);
  });
});
