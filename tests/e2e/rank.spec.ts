// The song sorter in the production build: a full ranking by clicking, a reload half-way, the share link in a fresh
// browser, the image as a PNG of the stated size, and axe on every view.
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL_ROSIE, expect, test } from './fixtures.ts';

/** The album in order, then a fan's taste: the album backwards with "APT." on top. */
const ALBUM = [
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
const TASTE = ['APT.', ...[...ALBUM].reverse().filter((title) => title !== 'APT.')];

const question = (page: Page) => page.getByRole('region', { name: 'Which do you like more?' });
const heading = (page: Page) => page.getByRole('heading', { name: 'Which do you like more?' });

/** Answers one question from the taste by clicking the preferred title; false once the result shows. */
async function answerOne(page: Page): Promise<boolean> {
  if ((await heading(page).count()) === 0) return false;
  const buttons = question(page).locator('.rank-choice__title');
  const [left, right] = await buttons.allTextContents();
  const preferred = TASTE.indexOf(left) < TASTE.indexOf(right) ? left : right;
  const before = await page.locator('.rank-progress__text').textContent();
  await question(page).getByRole('button', { name: preferred, exact: true }).click();
  // Wait for the click to land: the count moves on, or the result shows.
  await expect(async () => {
    const done = (await heading(page).count()) === 0;
    expect(done || (await page.locator('.rank-progress__text').textContent()) !== before).toBe(true);
  }).toPass();
  return true;
}

async function axeClean(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    label,
  ).toEqual([]);
}

/** Reads a downloaded PNG's size from its IHDR chunk. */
async function pngSize(download: Download) {
  const bytes = fs.readFileSync(await download.path());
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a full ranking by clicking, with a reload half-way, in at most 30 picks; the link shows it elsewhere', async ({
  page,
  browser,
  context,
}) => {
  test.slow();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  // From the navigation, like a fan would.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Rank' }).click();
  await expect(page).toHaveURL(/\/rank$/);
  await page.getByRole('button', { name: /Rank all 12 songs/ }).click();
  await expect(page.getByText('At most 30 picks left')).toBeVisible();
  await axeClean(page, 'the question');

  let picks = 0;
  for (; picks < 12; picks++) await answerOne(page);
  await expect(page.getByText('12 picks so far')).toBeVisible();
  const [left, right] = await question(page).locator('.rank-choice__title').allTextContents();

  await page.reload();
  await expect(page.getByText('12 picks so far')).toBeVisible();
  await expect(question(page).locator('.rank-choice__title')).toHaveText([left, right]);

  while (await answerOne(page)) picks += 1;
  expect(picks).toBeLessThanOrEqual(30);
  const result = page.getByRole('region', { name: 'Your ranking' });
  await expect(result.getByRole('list').first().getByRole('link')).toHaveText(TASTE);
  await expect(result.getByRole('link', { name: 'APT.' })).toHaveAttribute('href', '/track/apt');
  await expect(result.getByText(`Ranked in ${picks} picks.`)).toBeVisible();
  await axeClean(page, 'the result');

  await page.evaluate(() => Reflect.deleteProperty(Navigator.prototype, 'share'));
  await result.getByRole('button', { name: 'Share my ranking' }).click();
  await expect(result.getByText('Link copied')).toBeVisible();
  const url = new URL(await page.evaluate(() => navigator.clipboard.readText()));
  expect(url.pathname).toBe('/rank');
  expect(url.searchParams.get('r')?.split(',')).toHaveLength(12);

  // A friend's browser: nothing saved, the same order.
  const friend = await browser.newContext();
  const theirs = await friend.newPage();
  await theirs.goto(url.href);
  const shared = theirs.getByRole('region', { name: 'Someone’s ranking' });
  await expect(shared.getByRole('link')).toHaveText(TASTE);
  await axeClean(theirs, 'a shared ranking');
  await shared.getByRole('button', { name: 'Rank them yourself' }).click();
  await expect(theirs.getByRole('button', { name: /Rank all 12 songs/ })).toBeEnabled();
  await friend.close();

  // Opening a shared link here never replaces your own result.
  await page.goto('/rank?r=gameboy,apt');
  await expect(page.getByRole('region', { name: 'Someone’s top 2' }).getByRole('link')).toHaveText([
    'gameboy',
    'APT.',
  ]);
  await page.goto('/rank');
  await expect(
    page.getByRole('region', { name: 'Your ranking' }).getByRole('link', { name: 'APT.' }),
  ).toBeVisible();
});

test('the image downloads as a PNG for a post and a story, in Korean on the Korean page', async ({
  page,
}) => {
  test.slow();
  await page.goto(`${BASE_URL_ROSIE}ko/rank`);
  await page.getByRole('button', { name: /내 TOP 3만 고르기/ }).click();
  await expect(page.getByText('최대 17번 남았어요')).toBeVisible();
  const korean = page.getByRole('region', { name: '어떤 곡이 더 좋아요?' });
  for (let i = 0; i < 17 && (await korean.count()) > 0; i++) {
    const before = await page.locator('.rank-progress__text').textContent();
    await page.keyboard.press('ArrowLeft');
    await expect(async () => {
      const done = (await korean.count()) === 0;
      expect(done || (await page.locator('.rank-progress__text').textContent()) !== before).toBe(true);
    }).toPass();
  }
  const result = page.getByRole('region', { name: '내 TOP 3' });
  await expect(result.getByRole('list').first().getByRole('listitem')).toHaveCount(3);
  await expect(result.getByRole('link').first()).toHaveAttribute('href', /^\/rosie\/ko\/track\//);

  // Chromium on Linux has no Web Share: the image is saved as a download.
  for (const [name, size] of [
    [/게시물용 이미지/, { width: 1080, height: 1350 }],
    [/스토리용 이미지/, { width: 1080, height: 1920 }],
  ] as const) {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('button', { name }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rosie-ranking-(portrait|story)\.png$/);
    expect(await pngSize(download)).toEqual(size);
    await expect(result.getByText('이미지를 다운로드했어요.')).toBeVisible();
  }
  await axeClean(page, 'the Korean result');
});

test('the image is shared as a file where the browser can share files', async ({ page }) => {
  await page.addInitScript(() => {
    const shared: { name: string; type: string; size: number }[] = [];
    Object.assign(window, { shared });
    Object.defineProperty(Navigator.prototype, 'canShare', {
      configurable: true,
      value: (data: ShareData) => (data.files?.length ?? 0) > 0,
    });
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data: ShareData) => {
        for (const file of data.files ?? [])
          shared.push({ name: file.name, type: file.type, size: file.size });
        return Promise.resolve();
      },
    });
  });
  // A finished top 3, saved on this device.
  await page.addInitScript(() => {
    const answers = Array.from({ length: 17 }, () => 'right');
    const items = [
      'number-one-girl',
      '3am',
      'two-years',
      'toxic-till-the-end',
      'drinks-or-coffee',
      'apt',
      'gameboy',
      'stay-a-little-longer',
      'not-the-same',
      'call-it-the-end',
      'too-bad-for-us',
      'dance-all-night',
    ];
    localStorage.setItem(
      'rosie:rank',
      JSON.stringify({ state: { run: { mode: 'top3', items, answers } }, version: 1 }),
    );
  });
  await page.goto('/rank');
  const result = page.getByRole('region', { name: 'Your top 3' });
  await result.getByRole('button', { name: /Image for a story/ }).click();
  await expect(result.getByText('Image ready.')).toBeVisible();
  const shared = await page.evaluate(() => (window as unknown as { shared: unknown[] }).shared);
  expect(shared).toEqual([{ name: 'rosie-ranking-story.png', type: 'image/png', size: expect.any(Number) }]);
});

test('the tracklist links to the sorter, and the page works in Korean with the keyboard', async ({
  page,
}) => {
  await page.goto('/ko/');
  const link = page.getByRole('link', { name: '이 노래들로 내 순위 매기기' });
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await expect(page).toHaveURL(/\/ko\/rank$/);
  await expect(page).toHaveTitle('앨범 순위 매기기 — 로제 rosie');
  await page.getByRole('button', { name: /12곡 전부 순위 매기기/ }).click();
  await expect(page.getByText('최대 30번 남았어요')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByText('지금까지 1번 골랐어요')).toBeVisible();
  await page.keyboard.press('Backspace');
  await expect(page.getByText('지금까지 0번 골랐어요')).toBeVisible();
});
