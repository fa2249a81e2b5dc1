import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { BASE_URL_ROSIE, expect, reachSection, test } from './fixtures.ts';

const carouselOf = (page: Page, name = 'In her own words') => page.getByRole('region', { name });
/** The one slide on show (hidden slides are not in the accessibility tree). */
const shownSlide = (carousel: Locator) => carousel.getByRole('group');

/** Waits for the shown quote to finish sliding in (opacity animations would upset axe's contrast check). */
async function settled(carousel: Locator) {
  const enter = shownSlide(carousel).locator('.quotes__enter');
  await expect(enter).toHaveCSS('opacity', '1');
  await expect(enter).toHaveCSS('transform', 'none');
}

/** Drags across the shown quote with the mouse, from its middle by (dx, dy), in small steps like a hand. */
async function dragQuote(page: Page, carousel: Locator, dx: number, dy: number) {
  const quote = shownSlide(carousel).locator('blockquote');
  await quote.scrollIntoViewIfNeeded();
  const box = (await quote.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 12 });
  await page.mouse.up();
}

test('the carousel works from the keyboard: Tab to the controls, Enter and Space, arrow keys', async ({
  page,
}) => {
  await page.goto('/');
  const carousel = carouselOf(page);
  await expect(carousel).toHaveAttribute('aria-roledescription', 'carousel');
  await expect(shownSlide(carousel)).toHaveAccessibleName('1 of 8');

  // From the last control before the carousel (the tracklist's link to the rank page, below the rows), Tab reaches
  // Pause first, then Previous and Next.
  await page.getByRole('region', { name: 'Tracklist' }).getByRole('link').last().focus();
  await page.keyboard.press('Tab');
  await expect(carousel.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(carousel.getByRole('button', { name: 'Previous' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(carousel.getByRole('button', { name: 'Next' })).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(shownSlide(carousel)).toHaveAccessibleName('2 of 8');
  await page.keyboard.press('Space');
  await expect(shownSlide(carousel)).toHaveAccessibleName('3 of 8');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Space');
  await expect(shownSlide(carousel)).toHaveAccessibleName('2 of 8');

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(shownSlide(carousel)).toHaveAccessibleName('8 of 8');
  await page.keyboard.press('ArrowRight');
  await expect(shownSlide(carousel)).toHaveAccessibleName('1 of 8');

  // While focus is inside, the quotes are announced (polite); Pause then keeps them still.
  const slides = page.locator('.quotes__slides');
  await expect(slides).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.press('Shift+Tab');
  await expect(carousel.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(carousel.getByRole('button', { name: 'Play' })).toBeFocused();

  // Tabbing on (past Previous and Next) reaches the links of the shown quote: its sources, then its track.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const links = shownSlide(carousel).getByRole('link');
  await page.keyboard.press('Tab');
  await expect(links.first()).toBeFocused();
  for (let i = 1; i < (await links.count()); i++) await page.keyboard.press('Tab');
  await expect(shownSlide(carousel).getByRole('link', { name: 'Track: number one girl' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/track\/number-one-girl$/);
});

test('a sideways drag changes the quote; a short or vertical one does not', async ({ page }) => {
  await page.goto('/');
  await reachSection(page, 'quotes');
  const carousel = carouselOf(page);
  await expect(shownSlide(carousel)).toHaveAccessibleName('1 of 8');
  // framer-motion's drag loads after the first paint: retry the first swipe until it is live.
  await expect(async () => {
    await dragQuote(page, carousel, -220, 0);
    await expect(shownSlide(carousel)).toHaveAccessibleName('2 of 8', { timeout: 500 });
  }).toPass({ timeout: 10_000 });

  await dragQuote(page, carousel, 240, 4);
  await expect(shownSlide(carousel)).toHaveAccessibleName('1 of 8');
  await dragQuote(page, carousel, 240, -4);
  await expect(shownSlide(carousel)).toHaveAccessibleName('8 of 8');

  await dragQuote(page, carousel, -20, 0);
  await dragQuote(page, carousel, 8, 200);
  await expect(shownSlide(carousel)).toHaveAccessibleName('8 of 8');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 360, height: 740 } });

  test('a finger swipe sideways changes the quote, and a vertical swipe scrolls the page', async ({
    page,
  }) => {
    await page.goto('/');
    const carousel = carouselOf(page);
    const cdp = await page.context().newCDPSession(page);
    const swipe = async (dx: number, dy: number) => {
      const box = (await shownSlide(carousel).locator('blockquote').boundingBox())!;
      const x = box.x + box.width / 2;
      const y = box.y + box.height / 2;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 10; i++)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }],
        });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };
    await reachSection(page, 'quotes');
    await expect(async () => {
      await swipe(-200, 0);
      await expect(shownSlide(carousel)).toHaveAccessibleName('2 of 8', { timeout: 500 });
    }).toPass({ timeout: 10_000 });

    const scrolled = await page.evaluate(() => window.scrollY);
    await swipe(0, -250);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 50);
    await expect(shownSlide(carousel)).toHaveAccessibleName('2 of 8');
  });
});

test('the quote area keeps one height, fits 320 px, and has 44 px controls', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto('/');
  await reachSection(page, 'quotes');
  const carousel = carouselOf(page);
  const slides = page.locator('.quotes__slides');
  const heights = new Set<number>();
  for (let n = 1; n <= 8; n++) {
    await expect(shownSlide(carousel)).toHaveAccessibleName(`${n} of 8`);
    heights.add(Math.round((await slides.boundingBox())!.height));
    await carousel.getByRole('button', { name: 'Next' }).click();
    // Mid-slide, too, the page must not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  }
  expect([...heights]).toHaveLength(1);
  await settled(carousel);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  for (const button of await carousel.getByRole('button').all()) {
    const box = (await button.boundingBox())!;
    expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
  }
});

test('axe finds no violation on the carousel, in English and in Korean', async ({ page }) => {
  await page.goto('/');
  const carousel = carouselOf(page);
  await expect(shownSlide(carousel)).toHaveAccessibleName('1 of 8');
  const axe = () => new AxeBuilder({ page }).include('section.quotes').analyze();
  expect((await axe()).violations).toEqual([]);

  await page.goto('/ko/');
  await reachSection(page, 'quotes');
  const ko = carouselOf(page, '로제가 직접 한 말');
  await ko.getByRole('button', { name: '이전' }).click();
  await ko.getByRole('button', { name: '이전' }).click();
  await ko.getByRole('button', { name: '이전' }).click();
  await expect(shownSlide(ko)).toHaveAccessibleName('8개 중 6번째');
  await expect(shownSlide(ko).getByRole('link', { name: /^Uproxx/ })).toBeVisible();
  await settled(ko);
  expect((await axe()).violations).toEqual([]);
});

test.describe('when the reader prefers reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the carousel does not rotate: it offers Play instead of Pause', async ({ page }) => {
    await page.goto('/');
    const carousel = carouselOf(page);
    // The carousel comes to life as the reader reaches it (an island).
    await reachSection(page, 'quotes');
    await expect(carousel.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(page.locator('.quotes__slides')).toHaveAttribute('aria-live', 'polite');
    await carousel.getByRole('button', { name: 'Next' }).click();
    await expect(shownSlide(carousel)).toHaveAccessibleName('2 of 8');
  });
});

test('a quote’s track link keeps the base path', async ({ page }) => {
  await page.goto(BASE_URL_ROSIE);
  await reachSection(page, 'quotes');
  const carousel = carouselOf(page);
  await carousel.getByRole('button', { name: 'Previous' }).click();
  await expect(shownSlide(carousel).getByRole('link', { name: 'Track: APT.' })).toHaveAttribute(
    'href',
    '/rosie/track/apt',
  );
});
