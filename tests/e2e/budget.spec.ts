// Byte budgets for a first visit of the home page, measured on the production build (deterministic, not timed).
// KB here is 1024 bytes (as Lighthouse counts); gzip at level 9, as static hosts send text.
import { KIB, countBytes, fileForUrlPath, startupScripts } from '../../scripts/budget.ts';
import { expect, test } from './fixtures.ts';
import { DIST } from './routes.ts';

const BUDGET = { startupJs: 100 * KIB, css: 15 * KIB, html: 14 * KIB };
const kb = (bytes: number) => `${(bytes / KIB).toFixed(1)} KB`;

test('a first visit of / stays within the JS, CSS and HTML budgets', async ({ page }) => {
  const js: string[] = [];
  const css: string[] = [];
  page.on('requestfinished', (request) => {
    const file = fileForUrlPath(new URL(request.url()).pathname);
    if (request.resourceType() === 'script') js.push(file);
    if (request.resourceType() === 'stylesheet') css.push(file);
  });
  await page.goto('/', { waitUntil: 'networkidle' });

  // The JS the page needs to start (entry, modulepreloads, their static imports) — all of it really requested.
  const startup = countBytes(DIST, startupScripts(DIST, 'index.html'));
  expect(js).toEqual(expect.arrayContaining(startup.files));
  const allJs = countBytes(DIST, js);
  const lazy = allJs.files.filter((f) => !startup.files.includes(f));
  const styles = countBytes(DIST, css);
  const html = countBytes(DIST, ['index.html']);

  console.log(
    [
      'First visit of / (gzip level 9; raw in brackets):',
      `  startup JS ${kb(startup.gzip)} (${kb(startup.raw)}) of ${kb(BUDGET.startupJs)}: ${startup.files.join(', ')}`,
      `  + lazy JS after hydration ${kb(allJs.gzip - startup.gzip)}: ${lazy.join(', ') || 'none'}`,
      `  CSS ${kb(styles.gzip)} (${kb(styles.raw)}) of ${kb(BUDGET.css)}: ${styles.files.join(', ')}`,
      `  index.html ${kb(html.gzip)} (${kb(html.raw)}) of ${kb(BUDGET.html)}`,
    ].join('\n'),
  );
  expect(startup.gzip, 'startup JS, gzip').toBeLessThanOrEqual(BUDGET.startupJs);
  expect(styles.gzip, 'CSS, gzip').toBeLessThanOrEqual(BUDGET.css);
  expect(html.gzip, 'index.html, gzip').toBeLessThanOrEqual(BUDGET.html);
});
