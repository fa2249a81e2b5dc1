// The look and feel in a real browser: themes on first paint, the Korean UI, reduced motion, narrow screens,
// colour contrast in both themes, and the README screenshots.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { BASE_URL_ROSIE, expect, test } from './fixtures.ts';

const LIGHT_BG = 'rgb(255, 246, 247)';
const DARK_BG = 'rgb(23, 13, 17)';

const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** The app has hydrated once the theme toggle knows its state (it is filled in after mount). */
const hydrated = (page: Page) => expect(page.locator('.theme-toggle[aria-pressed]')).toBeVisible();

test.describe('themes', () => {
  test('a dark system gets the dark theme on first paint, from CSS alone (no script)', async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    expect(await bodyBackground(page)).toBe(DARK_BG);
    await context.close();
  });

  test('a dark system gets the dark theme before any interaction, and the README screenshot', async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto('/', { waitUntil: 'domcontentloaded' });
    expect(await bodyBackground(page)).toBe(DARK_BG);
    await hydrated(page);
    await page.screenshot({ path: 'docs/screenshots/dark.png' });
    await context.close();
  });

  test('the toggle switches theme and the choice is applied before first paint on the next visit', async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/');
    expect(await bodyBackground(page)).toBe(LIGHT_BG);
    await hydrated(page);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await bodyBackground(page)).toBe(DARK_BG);

    await page.goto('/track/apt', { waitUntil: 'domcontentloaded' });
    expect(await bodyBackground(page)).toBe(DARK_BG);
    await context.close();
  });

  test('a light choice wins over a dark system, also under a base path (/rosie/)', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    await context.addInitScript(() => localStorage.setItem('rosie-theme', 'light'));
    const page = await context.newPage();
    await page.goto(BASE_URL_ROSIE, { waitUntil: 'domcontentloaded' });
    expect(await bodyBackground(page)).toBe(LIGHT_BG);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`colour contrast passes axe (WCAG AA) in the ${scheme} theme`, async ({ browser }) => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const path of ['/', '/ko/track/apt']) {
        await page.goto(path);
        await hydrated(page);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
        expect(results.violations.map((v) => `${path}: ${v.id}`)).toEqual([]);
      }
      await context.close();
    });
  }

  test('a hovered favorite button stays readable in the dark theme', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/track/apt');
    await hydrated(page);
    await page.getByRole('button', { name: /Favorite APT\./ }).hover();
    const results = await new AxeBuilder({ page })
      .include('.favorite-button')
      .withRules(['color-contrast'])
      .analyze();
    expect(results.violations.flatMap((v) => v.nodes.map((n) => n.failureSummary))).toEqual([]);
    await context.close();
  });
});

test.describe('Korean', () => {
  test('the Korean page is in Korean, with lang="ko", Intl dates and links to its English twin', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/ko/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page).toHaveTitle(/트랙리스트/);
    await expect(
      page.getByRole('navigation', { name: '메뉴' }).getByRole('link', { name: '앨범' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: '트랙리스트' })).toBeVisible();
    await expect(page.locator('.album-facts time')).toHaveText('2024년 12월 6일');
    const hreflang = (lang: string) => page.locator(`link[rel="alternate"][hreflang="${lang}"]`);
    expect(new URL((await hreflang('en').getAttribute('href'))!).pathname).toBe('/');
    expect(new URL((await hreflang('ko').getAttribute('href'))!).pathname).toBe('/ko/');
    await hydrated(page);
    await page.screenshot({ path: 'docs/screenshots/ko.png' });
  });

  test('a Korean browser lands on the Korean home page; switching to English is remembered', async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ko\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await page.getByRole('link', { name: '언어: English' }).click();
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Tracklist' })).toBeVisible();

    await page.goto('/');
    await hydrated(page);
    await expect(page).toHaveURL(/:\d+\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });
});

test.describe('motion', () => {
  /** Starts watching, every frame, which elements have a non-identity transform (drawing parts inside an SVG
   * excluded: their transform attributes are geometry, not motion). Read the result with `moved`. */
  const watchTransforms = (page: Page) =>
    page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { moved: Set<string> }).moved = seen;
      const tick = () => {
        for (const el of document.querySelectorAll('body *')) {
          if (el instanceof SVGElement && el.tagName !== 'svg') continue;
          const transform = getComputedStyle(el).transform;
          if (transform !== 'none' && transform !== 'matrix(1, 0, 0, 1, 0, 0)')
            seen.add(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
        }
        requestAnimationFrame(tick);
      };
      tick();
    });
  const moved = (page: Page) =>
    page.evaluate(() => [...(window as unknown as { moved: Set<string> }).moved].sort());

  /** Hover and tap the cover, open a track from the list, and come back: every motion the design has. */
  async function moveAround(page: Page) {
    await page.goto('/');
    await hydrated(page);
    await watchTransforms(page);
    await page.locator('.album-cover').hover();
    // The animation code loads at the first sign of a person (here, the pointer arriving).
    await expect(page.locator('html[data-motion="ready"]')).toBeAttached();
    await page.waitForTimeout(400);
    await page.locator('.album-cover').click();
    await page.waitForTimeout(400);
    await page.getByRole('link', { name: 'gameboy', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'gameboy' })).toBeVisible();
    await page.waitForTimeout(400);
    await page.getByRole('link', { name: 'Back to the album' }).click();
    await expect(page.getByRole('heading', { name: 'Tracklist' })).toBeVisible();
    await page.waitForTimeout(400);
  }

  test('the record slides out, the title flies into the track page, and rows glide in', async ({ page }) => {
    await moveAround(page);
    expect(await moved(page)).toEqual(
      expect.arrayContaining(['div.album-cover__record', 'span.track-page__title-text', 'li.track-row']),
    );
  });

  test('with reduced motion, nothing moves: not on hover, not on tap, not on navigation', async ({
    browser,
  }) => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await moveAround(page);
    expect(await moved(page)).toEqual([]);
    await context.close();
  });
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('no horizontal scroll at 320 px: home (record out), a track, favorites, and in Korean', async ({
    page,
  }) => {
    for (const path of ['/', '/track/apt', '/favorites', '/ko/', '/ko/track/number-one-girl']) {
      await page.goto(path);
      await hydrated(page);
      if (path === '/') {
        await page.locator('.album-cover').click();
        await page.waitForTimeout(900);
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(320);
    }
  });
});

test('README screenshots: light at desktop width and a phone (390 px)', async ({ browser }) => {
  const desktop = await browser.newContext({ colorScheme: 'light', viewport: { width: 1280, height: 900 } });
  const page = await desktop.newPage();
  await page.goto('/');
  await hydrated(page);
  await page.screenshot({ path: 'docs/screenshots/light.png' });
  await desktop.close();

  const phone = await browser.newContext({
    colorScheme: 'light',
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  const mobile = await phone.newPage();
  await mobile.goto('/');
  await hydrated(mobile);
  expect(await mobile.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await mobile.screenshot({ path: 'docs/screenshots/phone.png' });
  await phone.close();
});
