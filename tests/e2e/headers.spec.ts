// What a static host sends (public/_headers, applied by tools/serve.ts): security headers everywhere, immutable
// caching for hashed assets, revalidation for pages and data, gzip for text.
import fs from 'node:fs';
import { appScripts } from '../../tools/budget.ts';
import { BASE_URL_ROSIE, expect, test } from './fixtures.ts';
import { DIST, allRoutes } from './routes.ts';

const asset = `/${appScripts(DIST, 'index.html')[0]}`;
const track = allRoutes().find((r) => r.path.startsWith('/track/'))!.path;

const REVALIDATE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

const cases: [path: string, status: number, cacheControl: string][] = [
  ['/', 200, REVALIDATE],
  [track, 200, REVALIDATE],
  ['/ko/', 200, REVALIDATE],
  ['/favorites', 200, REVALIDATE],
  ['/no-such-page', 404, REVALIDATE],
  ['/data/rosie.json', 200, REVALIDATE],
  [asset, 200, IMMUTABLE],
];

for (const [path, status, cacheControl] of cases) {
  test(`${path} arrives with the security headers and Cache-Control: ${cacheControl}`, async ({
    request,
  }) => {
    const response = await request.get(path, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status()).toBe(status);
    const headers = response.headers();
    expect(headers['content-security-policy']).toMatch(/default-src 'self';.*frame-ancestors 'none'/);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('clipboard-write=(self)');
    expect(headers['cache-control']).toBe(cacheControl);
    expect(headers['content-encoding']).toBe('gzip');
  });
}

test('the public files that must revalidate do, where the build has them', async ({ request }) => {
  const candidates = ['/manifest.webmanifest', '/sw.js', '/registerSW.js', '/start.js'];
  for (const path of candidates.filter((p) => fs.existsSync(`${DIST}${p}`))) {
    const response = await request.get(path);
    expect(response.headers()['cache-control'], path).toBe(REVALIDATE);
  }
});

test('under a base path, the rules still match the paths within the site', async ({ request }) => {
  const page = await request.get(`${BASE_URL_ROSIE}favorites`);
  expect(page.headers()['cache-control']).toBe(REVALIDATE);
  const script = appScripts('dist-rosie', 'index.html', '/rosie/')[0];
  const hashed = await request.get(`${BASE_URL_ROSIE}${script}`);
  expect(hashed.status()).toBe(200);
  expect(hashed.headers()['cache-control']).toBe(IMMUTABLE);
});
