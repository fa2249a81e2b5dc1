// The e2e test fixture: every page is watched for console errors, page errors and CSP violations.
import { test as base, expect, type Page, type Response } from '@playwright/test';

/** The build with BASE_PATH=/rosie/ (see playwright.config.ts). */
export const BASE_URL_ROSIE = `http://localhost:${process.env.E2E_BASE_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1}/rosie/`;

interface Fixtures {
  /** Console messages that a test expects (e.g. a deliberately failed request); anything else fails the test. */
  allowedConsoleErrors: RegExp[];
  consoleErrors: string[];
}

/** Waits until the app has hydrated the page it was given: the app loads after first paint (src/main.tsx). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
}

/**
 * Scrolls to a section that comes to life near the screen (an island, src/lib/island.tsx) and waits until it has,
 * as a reader reaches it before using it. Clicks on it before then are held and replayed, but tests that time
 * something else (a sync between tabs) start from a live section.
 */
export async function reachSection(page: Page, name: string): Promise<void> {
  const section = page.locator(`[data-island="${name}"]`);
  await section.scrollIntoViewIfNeeded();
  await expect(section).toHaveAttribute('data-live', 'true');
}

const isHtml = (response: Response | null) =>
  response?.headers()['content-type']?.includes('text/html') ?? false;

export const test = base.extend<Fixtures>({
  // page.goto and page.reload return once an HTML page is interactive, as a person would wait to tap.
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (...args) => {
      const response = await goto(...args);
      if (isHtml(response)) await waitForHydration(page);
      return response;
    };
    page.reload = async (...args) => {
      const response = await reload(...args);
      if (isHtml(response)) await waitForHydration(page);
      return response;
    };
    await provide(page);
  },
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ context, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const record = (text: string) => {
        if (!allowedConsoleErrors.some((re) => re.test(text))) errors.push(text);
      };
      const watch = (page: import('@playwright/test').Page) => {
        page.on('console', (msg) => {
          if (msg.type() !== 'error' && msg.type() !== 'warning') return;
          const text = msg.text();
          if (msg.type() === 'warning' && !/Content Security Policy|hydrat/i.test(text)) return;
          record(`[${msg.type()}] ${text}`);
        });
        page.on('pageerror', (error) => errors.push(`[pageerror] ${error.message}`));
      };
      // Every CSP violation is reported by the page itself too (the console does not always say it).
      await context.exposeBinding('__reportCspViolation', (_source, text: string) => record(`[csp] ${text}`));
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { __reportCspViolation: (text: string) => void })
            .__reportCspViolation;
          report(
            `Content Security Policy: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} ` +
              `at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
          );
        });
      });
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(errors);
      expect(errors, 'console errors, page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
