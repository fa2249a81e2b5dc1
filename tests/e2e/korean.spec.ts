// The Korean pages are Korean: no English sentence outside what is marked lang="en" (her quotes), official titles
// and names aside; every quote has the app's Korean translation beside it; a shared Korean link previews in Korean.
import type { Page } from '@playwright/test';
import koFavorites from '../../src/features/favorites/messages/ko.ts';
import { ko } from '../../src/i18n/ko.ts';
import { content } from '../fixtures.ts';
import { expect, reachSection, test } from './fixtures.ts';

const data = content();

/** Official titles and names, which stay as written on every page (the data's, and those its Korean prose uses). */
const NAMES = [
  data.album.title,
  data.album.artist,
  ...data.album.labels,
  ...data.tracks.flatMap((t) => [
    t.title,
    ...t.aliases,
    ...(t.featuring ? [t.featuring] : []),
    ...(t.writers?.names ?? []),
    ...(t.producers?.names ?? []),
  ]),
  ...data.sources.flatMap((s) => (s.publisher ? [s.publisher] : [])),
  ...data.quotes.flatMap((q) => (q.reportedBy ? [q.reportedBy] : [])),
  ...[
    'Zane Lowe',
    'Apple Music 1',
    'Apple Music',
    'YouTube Music',
    'Spotify',
    'Hot Ones',
    'MTV VMA',
    'Mickey',
  ],
  ...['Ramez Silyan', 'Evan Mock', 'BLACKPINK', 'English'],
].sort((a, b) => b.length - a.length);

/** Three or more Latin-script words in a row: an English phrase, once names and titles are set aside. */
const ENGLISH_RUN = /[A-Za-z][A-Za-z'’-]*(?:[\s,.:;&/()"“”‘’-]+[A-Za-z][A-Za-z'’-]*){2,}/g;

/** The English phrases in a text, after taking out every known name and title. */
function englishRuns(text: string): string[] {
  let rest = text;
  for (const name of NAMES) rest = rest.split(name).join(' ¶ ');
  return rest.match(ENGLISH_RUN) ?? [];
}

/** Every piece of text a reader can meet on the page (hidden slides included), except what is marked lang="en"
 * or another language than Korean: text, accessible labels, alternative text, the title and the description. */
function readableText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const korean = (el: Element) => (el.closest('[lang]')?.getAttribute('lang') ?? 'ko').startsWith('ko');
    const texts: string[] = [document.title];
    const description = document.querySelector('meta[name="description"]')?.getAttribute('content');
    if (description) texts.push(description);
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('script, style, noscript') || !korean(parent)) continue;
      texts.push(node.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [alt], [placeholder]'))
      for (const name of ['aria-label', 'title', 'alt', 'placeholder'])
        if (el.hasAttribute(name) && korean(el)) texts.push(el.getAttribute(name) ?? '');
    return texts;
  });
}

async function englishOn(page: Page): Promise<string[]> {
  // Joined, so a phrase split across elements ("with <b>someone</b> else") is still one phrase.
  return englishRuns((await readableText(page)).join(' '));
}

const HANGUL = /[\uAC00-\uD7A3]/;

test('the check finds an English sentence when there is one, and accepts the same words marked lang="en"', async ({
  page,
}) => {
  await page.goto('/ko/');
  await page.evaluate(() => {
    const english = document.createElement('p');
    english.textContent = 'Every fact carries a source.';
    const marked = document.createElement('p');
    marked.lang = 'en';
    marked.textContent = 'Marked as English on purpose.';
    document.querySelector('main')!.append(english, marked);
  });
  expect(await englishOn(page)).toEqual(['Every fact carries a source']);
});

test('/ko/ has no English sentence outside her quotes, and every quote has its Korean translation', async ({
  page,
}) => {
  await page.goto('/ko/');
  for (const section of ['countdown', 'tracklist', 'quotes', 'timeline']) await reachSection(page, section);
  expect(await englishOn(page)).toEqual([]);

  const slides = page.locator('.quotes__slide');
  await expect(slides).toHaveCount(data.quotes.length);
  for (const [i, quote] of data.quotes.entries()) {
    const slide = slides.nth(i);
    await expect(slide.locator('blockquote[lang="en"]')).toHaveText(quote.text);
    await expect(slide.locator('.quote-translation')).toHaveText(
      `${ko.quotes.translationLabel} ${quote.translations.ko}`,
    );
    expect(await slide.locator('.quote-translation').textContent()).toMatch(HANGUL);
  }
  // The album's story and the timeline are in Korean too.
  await expect(page.getByRole('region', { name: ko.album.about })).toContainText('첫 정규 앨범');
  await expect(page.locator('.timeline')).toContainText('퍼펙트 올킬');
});

test('/ko/track/apt has no English sentence outside her quotes, which each show a Korean translation', async ({
  page,
}) => {
  await page.goto('/ko/track/apt');
  expect(await englishOn(page)).toEqual([]);
  const quotes = page.locator('.track-quote');
  const expected = data.quotes.filter((q) => q.trackSlug === 'apt');
  await expect(quotes).toHaveCount(expected.length);
  for (const [i, quote] of expected.entries()) {
    await expect(quotes.nth(i).locator('blockquote[lang="en"]')).toHaveText(quote.text);
    await expect(quotes.nth(i).locator('.quote-translation')).toContainText(quote.translations.ko!);
  }
});

test('/ko/favorites, with a favorite saved, has no English sentence', async ({ page }) => {
  await page.goto('/ko/track/apt');
  await page.getByRole('button', { name: ko.favorites.toggle('APT.') }).click();
  await page.goto('/ko/favorites');
  await expect(page.getByRole('heading', { name: koFavorites.heading })).toBeVisible();
  await expect(page.getByRole('link', { name: 'APT.', exact: true })).toBeVisible();
  expect(await englishOn(page)).toEqual([]);
});

test('a shared /ko/track link previews in Korean', async ({ request }) => {
  const html = await (await request.get('/ko/track/apt')).text();
  const meta = (key: string) =>
    new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1] ?? '';
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
  expect(meta('og:locale')).toBe('ko_KR');
  for (const text of [
    title,
    meta('description'),
    meta('og:title'),
    meta('og:description'),
    meta('og:image:alt'),
    meta('twitter:title'),
    meta('twitter:description'),
  ]) {
    expect(text).toMatch(HANGUL);
    expect(englishRuns(text.replace(/&amp;/g, '&')), text).toEqual([]);
  }
});
