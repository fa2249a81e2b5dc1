// The installable PWA in Chromium against the production build: the manifest and its generated artwork,
// Chrome's installability check, every route offline (also pages never visited), and a safe update.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createStaticServer } from '../../tools/serve.ts';
import { BASE_URL_ROSIE, expect, test } from './fixtures.ts';

const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);

/** One site on its own port that can be switched to another build directory, like a deploy. */
async function startSite(dir: string, port: number) {
  const servers = new Map<string, http.Server>();
  const serverFor = (d: string) => {
    if (!fs.existsSync(`${d}/index.html`))
      throw new Error(`${d}/ is missing: build it first (see tools/test-all.sh).`);
    if (!servers.has(d)) servers.set(d, createStaticServer({ dir: d, base: '/' }));
    return servers.get(d)!;
  };
  let current = serverFor(dir);
  const front = http.createServer((req, res) => current.emit('request', req, res));
  await new Promise<void>((resolve) => front.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${(front.address() as AddressInfo).port}`,
    deploy: (d: string) => {
      current = serverFor(d);
    },
    /** The server goes away entirely: no connection is possible. */
    stop: () =>
      new Promise<void>((resolve) => {
        front.closeAllConnections();
        front.close(() => resolve());
      }),
  };
}

async function waitForServiceWorkerControl(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 15_000,
  });
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface ManifestImage {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
  form_factor?: string;
}

for (const [label, origin, base] of [
  ['at the root', `http://localhost:${E2E_PORT}`, '/'],
  ['under BASE_PATH', BASE_URL_ROSIE.replace(/\/rosie\/$/, ''), '/rosie/'],
] as const) {
  test(`the manifest is linked and complete, and its artwork loads at the declared sizes (${label})`, async ({
    page,
  }) => {
    await page.goto(`${origin}${base}track/apt`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`${base}manifest.webmanifest`);
    const manifestUrl = new URL(href!, page.url());
    const manifest = (await (await page.request.get(manifestUrl.href)).json()) as Record<string, unknown> & {
      icons: ManifestImage[];
      screenshots: ManifestImage[];
      shortcuts: { name: string; url: string }[];
    };

    expect(manifest).toMatchObject({
      name: expect.stringContaining('rosie'),
      short_name: 'rosie',
      description: expect.stringContaining('ROSÉ'),
      id: base,
      start_url: base,
      scope: base,
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      categories: expect.arrayContaining(['music']),
    });
    const icon = (size: string, purpose: string) =>
      manifest.icons.find((i) => i.sizes === size && i.purpose === purpose);
    expect(icon('192x192', 'any')).toBeDefined();
    expect(icon('512x512', 'any')).toBeDefined();
    expect(manifest.icons.some((i) => i.purpose === 'maskable')).toBe(true);
    expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
    expect(manifest.shortcuts).toContainEqual(
      expect.objectContaining({ url: `${base}favorites`, name: expect.stringMatching(/favorite/i) }),
    );

    const appleTouchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    const images = [
      ...manifest.icons,
      ...manifest.screenshots,
      { src: appleTouchIcon!, sizes: '180x180', type: 'image/png' },
    ];
    for (const image of images) {
      const response = await page.request.get(new URL(image.src, manifestUrl).href);
      expect(response.status(), image.src).toBe(200);
      expect(response.headers()['content-type']).toBe(image.type);
      const { width, height } = pngSize(await response.body());
      expect(`${width}x${height}`, image.src).toBe(image.sizes);
    }
    const screenshot = (factor: string) => manifest.screenshots.find((s) => s.form_factor === factor)!;
    const [nw, nh] = screenshot('narrow').sizes.split('x').map(Number);
    const [ww, wh] = screenshot('wide').sizes.split('x').map(Number);
    expect(nh).toBeGreaterThan(nw);
    expect(ww).toBeGreaterThan(wh);

    await expect(page.locator('meta[name="apple-mobile-web-app-capable"]')).toHaveAttribute('content', 'yes');
    await expect(page.locator('meta[name="apple-mobile-web-app-title"]')).toHaveAttribute('content', 'rosie');
    await expect(page.locator('meta[name="apple-mobile-web-app-status-bar-style"]')).toHaveCount(1);
    // The browser bar follows the colour scheme; the light one matches the manifest's theme_color.
    await expect(
      page.locator('meta[name="theme-color"][media="(prefers-color-scheme: light)"]'),
    ).toHaveAttribute('content', manifest.theme_color as string);
    await expect(page.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')).toHaveCount(
      1,
    );
  });
}

test('Chrome finds the app installable: no installability errors once the worker controls the page', async ({
  playwright,
}, testInfo) => {
  // A normal profile: Chrome never offers installs in incognito, and test contexts are incognito.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rosie-pwa-'));
  const context = await playwright.chromium.launchPersistentContext(
    profile,
    testInfo.project.use.launchOptions,
  );
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`http://localhost:${E2E_PORT}/`);
    await waitForServiceWorkerControl(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test('after one visit, every route opens offline: reload, never-visited pages, both URL forms, 404', async ({
  page,
  context,
}) => {
  // Some forty navigations, offline: about 20 s on an idle machine of two cores.
  test.slow();
  const site = await startSite('dist', E2E_PORT + 2);
  try {
    await page.goto(`${site.url}/`);
    await waitForServiceWorkerControl(page);
  } finally {
    await site.stop();
  }
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Tracklist' }).getByRole('listitem')).toHaveCount(12);
  await expect(page.getByRole('banner').getByRole('status')).toHaveText('Offline');

  // Pages never visited, as the app links them, with a trailing slash, and in Korean.
  for (const [path, heading] of [
    ['/track/apt', 'APT.'],
    ['/track/gameboy/', 'gameboy'],
    ['/ko/track/two-years', 'two years'],
  ] as const) {
    const response = await page.goto(`${site.url}${path}`);
    expect(response?.fromServiceWorker(), path).toBe(true);
    expect(await response?.text()).toContain(`data-path="${path.replace(/\/$/, '')}"`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await page.goto(`${site.url}/ko/favorites`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  // The sorter, never visited: its page and its code (a chunk of its own) come from the precache.
  await page.goto(`${site.url}/rank`);
  await page.getByRole('button', { name: /Rank all 12 songs/ }).click();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText('At most 29 picks left')).toBeVisible();

  await page.goto(`${site.url}/no/such/page`);
  await expect(page.getByRole('heading', { name: 'This page isn’t on the album' })).toBeVisible();

  // A link out of the app says it needs the network instead of failing.
  await page.goto(`${site.url}/`);
  await page
    .locator('.album-story')
    .getByRole('link', { name: /^Apple Music/ })
    .click();
  await expect(page.getByText('You’re offline: this link opens once you’re back online.')).toBeVisible();
  expect(new URL(page.url()).origin).toBe(site.url);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await context.setOffline(false);
  await expect(page.getByRole('banner').getByText('Offline', { exact: true })).toHaveCount(0);
});

test('a new deploy shows "A new version is available", and Reload brings the new version', async ({
  page,
}) => {
  // Two deploys, two service workers installing their precache: about 18 s on an idle machine of two cores.
  test.slow();
  const site = await startSite('dist', E2E_PORT + 3);
  try {
    await page.goto(`${site.url}/`);
    await waitForServiceWorkerControl(page);
    const firstVersion = await page
      .getByRole('contentinfo')
      .getByText(/^Version /)
      .textContent();

    site.deploy('dist-next');
    await page.reload();
    const toast = page.getByText('A new version is available');
    await expect(toast).toBeVisible({ timeout: 15_000 });
    // Until the person chooses, the page keeps running the version it was loaded with.
    await expect(page.getByRole('contentinfo').getByText(/^Version /)).toHaveText(firstVersion!);
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

    await page.getByRole('button', { name: 'Reload' }).click();
    await expect(page.getByRole('contentinfo').getByText(/^Version /)).not.toHaveText(firstVersion!, {
      timeout: 15_000,
    });
    await expect(page.getByRole('contentinfo').getByText(/^Version /)).toHaveText(/next/);
    await expect(toast).toBeHidden();
  } finally {
    await site.stop();
  }
});
