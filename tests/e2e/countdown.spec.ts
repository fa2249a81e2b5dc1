// The countdown in a real browser, with the browser's clock and time zone set: the right event and time left.
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { content } from '../fixtures.ts';
import { expect, test } from './fixtures.ts';

const data = content();

/** The four boxes as shown: days, hours, minutes, seconds. */
const digits = (page: Page) => page.getByRole('timer').locator('.countdown__value');

test.describe('a fan in Seoul before the release', () => {
  test.use({ timezoneId: 'Asia/Seoul' });

  test('sees 2 days 1 h 1 min 3 s to rosie, and when it comes out in Seoul and New York', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2024-12-03T22:58:57+09:00'));
    await page.goto('/');
    await expect(digits(page)).toHaveText(['02', '01', '01', '03']);
    const countdown = page.getByRole('region', { name: 'Countdown' });
    await expect(countdown.locator('.countdown__title')).toHaveText('rosie released');
    await expect(countdown.locator('.countdown__when')).toContainText('Friday, December 6, 2024');
    await expect(countdown.getByRole('listitem')).toHaveText([
      /^Seoul: Friday, December 6, 2024 at 12:00\sAM GMT\+9$/,
      /^New York: Friday, December 6, 2024 at 12:00\sAM EST$/,
    ]);
  });
});

test.describe('a fan in New York at the same moment', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('waits 14 hours longer: 2 days 15 h 1 min 3 s', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2024-12-03T22:58:57+09:00'));
    await page.goto('/');
    await expect(digits(page)).toHaveText(['02', '15', '01', '03']);
  });
});

test.describe('on 24 November 2026', () => {
  test.describe('in London', () => {
    test.use({ timezoneId: 'Europe/London' });

    test('counts 11 days 12 h to the 2nd anniversary, and the .ics is for 6 December', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-11-24T12:00:00Z'));
      await page.goto('/');
      await expect(digits(page)).toHaveText(['11', '12', '00', '00']);
      await expect(page.locator('.countdown__title')).toHaveText('rosie anniversary · 2nd');
      await expect(page.locator('.countdown__when')).toContainText('Sunday, December 6, 2026');
      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Add to calendar' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe('rosie-album-anniversary-2026.ics');
      const ics = fs.readFileSync(await download.path(), 'utf8');
      expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20261206\r\n');
    });
  });

  test.describe('in Auckland (ahead of Seoul)', () => {
    test.use({ timezoneId: 'Pacific/Auckland' });

    test('counts 10 days 23 h, in Korean on /ko/', async ({ page }) => {
      await page.clock.setFixedTime(new Date('2026-11-24T12:00:00Z'));
      await page.goto('/ko/');
      await expect(digits(page)).toHaveText(['10', '23', '00', '00']);
      await expect(page.locator('.countdown__title')).toHaveText('rosie 발매 기념일 · 2주년');
    });
  });
});

test.describe('a fan in Los Angeles at midnight on the anniversary', () => {
  test.use({ timezoneId: 'America/Los_Angeles' });

  test('sees it flip to "Out now" at the instant, without a reload, and roll on', async ({ page }) => {
    const midnight = new Date('2026-12-06T00:00:00-08:00').getTime();
    await page.clock.install({ time: midnight - 60_000 });
    await page.goto('/');
    // Mounted (the clock runs from a minute before), then stopped 2 s before midnight.
    await expect(digits(page).first()).toHaveText('00');
    await page.clock.pauseAt(midnight - 2000);
    await expect(digits(page)).toHaveText(['00', '00', '00', '02']);
    await expect(page.getByRole('status')).toBeEmpty();
    await page.clock.runFor(2000);
    await expect(page.getByRole('status')).toHaveText(
      'rosie anniversary · 2nd: out now. Next: ROSÉ’s birthday.',
    );
    await expect(page.locator('.countdown__title')).toHaveText('ROSÉ’s birthday');
    await expect(page.locator('.countdown__latest')).toContainText('Out now');
    // From 6 December to 11 February: 26 + 31 + 10 = 67 days, both at 00:00 PST.
    await expect(digits(page)).toHaveText(['67', '00', '00', '00']);
  });
});

test.describe('on a 320 px phone in Seoul', () => {
  test.use({ timezoneId: 'Asia/Seoul', viewport: { width: 320, height: 720 } });

  test('the countdown and timeline fit without horizontal scroll and axe finds nothing', async ({ page }) => {
    await page.clock.setFixedTime(new Date('2026-11-25T12:00:00+09:00'));
    await page.goto('/');
    await expect(digits(page).first()).not.toHaveText('--');
    await expect(page.getByRole('list', { name: 'Milestones and charts' }).getByRole('listitem')).toHaveCount(
      data.milestones.length + data.charts.length,
    );
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const results = await new AxeBuilder({ page }).include('.countdown').include('.timeline').analyze();
    expect(results.violations).toEqual([]);
  });
});
