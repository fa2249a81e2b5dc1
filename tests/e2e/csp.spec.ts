// The Content-Security-Policy is really enforced, both as the header (Netlify, Cloudflare Pages, `npm run serve`) and
// as the <meta> fallback alone (GitHub Pages sends no headers): inline scripts and inline styles are refused.
import type { Page } from '@playwright/test';
import { BASE_URL_ROSIE, expect, test } from './fixtures.ts';

test.use({ allowedConsoleErrors: [/Content Security Policy/] });

/** Tries an inline script and an inline style attribute; returns the directives that refused them. */
async function tryInlineCode(page: Page): Promise<{ directives: string[]; scriptRan: boolean }> {
  return page.evaluate(async () => {
    const directives: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => directives.push(event.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.inlineScriptRan = true';
    document.body.append(script);
    document.body.setAttribute('style', 'outline: 3px solid red');
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Header and <meta> are two policies: each reports the same refusal.
    return { directives: [...new Set(directives)].sort(), scriptRan: 'inlineScriptRan' in window };
  });
}

test('the CSP header refuses inline scripts and inline styles', async ({ page }) => {
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(await tryInlineCode(page)).toEqual({
    directives: ['script-src-elem', 'style-src-attr'],
    scriptRan: false,
  });
  // Requests still in flight when the test ends (service worker, lazy chunks) need no answer.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});

test('without headers (GitHub Pages), the <meta> CSP alone refuses inline scripts and styles', async ({
  page,
}) => {
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const response = await page.goto(BASE_URL_ROSIE);
  expect(response?.headers()['content-security-policy']).toBeUndefined();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The page's own inline stylesheet is allowed by its hash, in the <meta> as in the header.
  expect(
    await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent')),
  ).not.toBe('');
  expect(await tryInlineCode(page)).toEqual({
    directives: ['script-src-elem', 'style-src-attr'],
    scriptRan: false,
  });
  // Requests still in flight when the test ends (service worker, lazy chunks) need no answer.
  await page.unrouteAll({ behavior: 'ignoreErrors' });
});
