// Every route, light and dark: axe finds no accessibility violation, and no CSP violation or console error happens
// (the fixture fails the test on those) while the page loads, hydrates and fetches its lazy chunks.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { allRoutes, type Route } from './routes.ts';

const routes = allRoutes();

test('the build has the routes the gates check (home, a track, favorites, Korean, 404)', () => {
  const paths = routes.map((r) => r.path);
  expect(paths).toEqual(expect.arrayContaining(['/', '/favorites', '/ko', '/no-such-page']));
  expect(paths.some((p) => p.startsWith('/track/'))).toBe(true);
});

function checkRoute({ path, status }: Route) {
  test(`${path}: no axe violations in light and dark, no CSP violation, no console error`, async ({
    page,
  }) => {
    test.slow(); // two full loads and two axe runs per route
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(status);
      const { violations } = await new AxeBuilder({ page }).analyze();
      const found = violations.map(
        (v) => `${v.id} (${v.impact ?? ''}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
      );
      expect(found, `axe on ${path} (${colorScheme})`).toEqual([]);
    }
  });
}

routes.filter((r) => r.status === 200).forEach(checkRoute);

test.describe('the not-found page', () => {
  // Chromium logs the document's own 404 status as a failed resource; that one message is expected here.
  test.use({ allowedConsoleErrors: [/the server responded with a status of 404/] });
  routes.filter((r) => r.status === 404).forEach(checkRoute);
});
