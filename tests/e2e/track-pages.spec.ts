// Track pages from a plain static host (no SPA fallback): deep links, raw HTML previews with 1200×630 share images,
// the 404 page, Share without Web Share, alternate slug spellings, at the root and under BASE_PATH=/rosie/.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext } from '@playwright/test';
import { BASE_URL_ROSIE, expect, test } from './fixtures.ts';

interface TrackData {
  number: number;
  slug: string;
  title: string;
}
const tracks = (
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../public/data/rosie.json'), 'utf8')) as {
    tracks: TrackData[];
  }
).tracks;

const SITES = [
  { name: 'at the root', root: `http://localhost:${process.env.E2E_PORT ?? 4173}/` },
  { name: 'under BASE_PATH=/rosie/', root: BASE_URL_ROSIE },
];

/** The content of a <meta property|name="key"> in raw HTML. */
function metaContent(html: string, key: string): string | undefined {
  const tag = new RegExp(`<meta (?:property|name)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(
    html,
  );
  return tag?.[1]
    ?.replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), after checking the PNG signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Requests an absolute URL from the build's HTML by its pathname from our own server (SITE_URL is not ours). */
async function fetchByPathname(request: APIRequestContext, root: string, absolute: string) {
  expect(absolute).toMatch(/^https?:\/\//);
  return request.get(new URL(new URL(absolute).pathname, root).href);
}

for (const site of SITES) {
  const url = (p: string) => new URL(p.replace(/^\//, ''), site.root).href;

  test.describe(`track pages ${site.name}`, () => {
    test('a deep link in a fresh browser context shows the right track, and hydrates', async ({
      browser,
    }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const response = await page.goto(url('/track/apt'));
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1, name: 'APT.' })).toBeVisible();
      await expect(page.getByText('Track 6', { exact: true })).toBeVisible();
      await expect(page.getByText('with Bruno Mars', { exact: true })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Credits' })).toBeVisible();
      // Hydrated: the Next link navigates in the app and the title follows.
      await page.getByRole('link', { name: /Next gameboy/ }).click();
      await expect(page).toHaveURL(url('/track/gameboy'));
      await expect(page.getByRole('heading', { level: 1, name: 'gameboy' })).toBeVisible();
      await expect(page).toHaveTitle('gameboy — rosie by ROSÉ');
      await context.close();
    });

    test('each track page’s raw HTML has its title, preview tags and a 1200×630 PNG share image', async ({
      request,
    }) => {
      expect(tracks).toHaveLength(12);
      for (const track of tracks) {
        const response = await request.get(url(`/track/${track.slug}`));
        expect(response.status(), track.slug).toBe(200);
        const html = await response.text();
        const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';
        expect(title.replace(/&amp;/g, '&'), track.slug).toContain(track.title);
        expect(metaContent(html, 'og:title')).toContain(track.title);
        expect(metaContent(html, 'og:description')).toContain(track.title);
        expect(metaContent(html, 'og:url')).toMatch(new RegExp(`^https?://[^/]+.*/track/${track.slug}$`));
        expect(new URL(metaContent(html, 'og:url')!).pathname).toBe(
          new URL(url(`/track/${track.slug}`)).pathname,
        );
        expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
        expect(metaContent(html, 'og:image:width')).toBe('1200');
        expect(metaContent(html, 'og:image:height')).toBe('630');
        expect(metaContent(html, 'og:image:alt')).toContain(track.title);
        // The page itself is in the HTML, without JavaScript.
        const heading = /<h1 id="track-title"[^>]*>(.*?)<\/h1>/s.exec(html)?.[1] ?? '';
        expect(heading.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&'), track.slug).toBe(track.title);

        const image = metaContent(html, 'og:image')!;
        expect(metaContent(html, 'twitter:image')).toBe(image);
        const png = await fetchByPathname(request, site.root, image);
        expect(png.status(), image).toBe(200);
        expect(png.headers()['content-type']).toBe('image/png');
        expect(pngSize(await png.body()), image).toEqual({ width: 1200, height: 630 });
      }
    });

    test('a known alternate spelling previews as its track, pointing at the canonical URL', async ({
      request,
    }) => {
      const response = await request.get(url('/track/game-boy'));
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(metaContent(html, 'og:title')).toBe('gameboy — rosie by ROSÉ');
      expect(new URL(metaContent(html, 'og:url')!).pathname).toBe(new URL(url('/track/gameboy')).pathname);
      expect(html).toMatch(/<link rel="canonical" href="[^"]*\/track\/gameboy"/);
      expect(new URL(metaContent(html, 'og:image')!).pathname).toMatch(/\/og\/gameboy\.png$/);
    });

    test('the "APT." spelling, trailing dot and all, previews as APT. and lands on /track/apt', async ({
      request,
      page,
    }) => {
      const response = await request.get(url('/track/apt.'), { maxRedirects: 0 });
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(metaContent(html, 'og:title')).toBe('APT. — rosie by ROSÉ');
      expect(new URL(metaContent(html, 'og:url')!).pathname).toBe(new URL(url('/track/apt')).pathname);
      expect(html).toMatch(/<link rel="canonical" href="[^"]*\/track\/apt"/);

      const visit = await page.goto(url('/track/apt.'));
      expect(visit?.status()).toBe(200);
      await expect(page).toHaveURL(url('/track/apt'));
      await expect(page.getByRole('heading', { level: 1, name: 'APT.' })).toBeVisible();
    });

    test('the album page points at the album share image', async ({ request }) => {
      const html = await (await request.get(site.root)).text();
      const png = await fetchByPathname(request, site.root, metaContent(html, 'og:image')!);
      expect(new URL(png.url()).pathname).toMatch(/\/og\/album\.png$/);
      expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
    });

    test.describe('pages served by 404.html', () => {
      // Chromium logs the document's own 404 status; that status is what this block asserts.
      test.use({ allowedConsoleErrors: [/the server responded with a status of 404/] });

      test('an unknown slug shows the not-found page with a way back, with status 404', async ({ page }) => {
        const response = await page.goto(url('/track/not-on-the-album'));
        expect(response?.status()).toBe(404);
        await expect(
          page.getByRole('heading', { level: 1, name: 'This page isn’t on the album' }),
        ).toBeVisible();
        await page.getByRole('link', { name: 'Go to the tracklist' }).click();
        await expect(page).toHaveURL(site.root);
        await expect(page.getByRole('region', { name: 'Tracklist' }).getByRole('listitem')).toHaveCount(12);
      });

      test('alternate spellings land on the canonical track page', async ({ page }) => {
        for (const [typed, canonical, title] of [
          ['/track/Game-Boy', '/track/gameboy', 'gameboy'],
          ['/track/game-boy', '/track/gameboy', 'gameboy'],
          ['/track/3AM', '/track/3am', '3am'],
          ['/track/APT.', '/track/apt', 'APT.'],
        ] as const) {
          await page.goto(url(typed));
          await expect(page, typed).toHaveURL(url(canonical));
          await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
          await expect(page).toHaveTitle(`${title} — rosie by ROSÉ`);
        }
      });
    });

    test.describe('Share without the Web Share API', () => {
      test.beforeEach(async ({ context }) => {
        await context.addInitScript(() => {
          // As in a desktop browser without Web Share.
          delete (Navigator.prototype as Partial<Navigator>).share;
          delete (Navigator.prototype as Partial<Navigator>).canShare;
        });
      });

      test('copies the track’s canonical URL and says so', async ({ context, page }) => {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
          origin: new URL(site.root).origin,
        });
        await page.goto(url('/track/two-years'));
        await page.getByRole('button', { name: 'Share' }).click();
        await expect(page.getByRole('status')).toHaveText('Link copied');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url('/track/two-years'));
      });

      test('shows the URL selected in a field when the clipboard refuses too', async ({ context, page }) => {
        await context.addInitScript(() => {
          Object.defineProperty(navigator, 'clipboard', { value: undefined });
        });
        await page.goto(url('/ko/track/3am'));
        await page.getByRole('button', { name: '공유' }).click();
        const field = page.getByRole('textbox', { name: '이 링크를 복사해 주세요' });
        await expect(field).toHaveValue(url('/ko/track/3am'));
        await expect(field).toBeFocused();
        expect(
          await field.evaluate(
            (input: HTMLInputElement) => (input.selectionEnd ?? 0) - (input.selectionStart ?? 0),
          ),
        ).toBe(url('/ko/track/3am').length);
      });
    });
  });
}

test('a track page has no accessibility violations', async ({ page }) => {
  await page.goto('/track/number-one-girl');
  await expect(page.getByRole('heading', { name: 'In her words' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
});
