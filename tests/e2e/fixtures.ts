// The e2e test fixture: every page is watched for console errors, page errors and CSP violations.
import { test as base, expect } from '@playwright/test';

/** The build with BASE_PATH=/rosie/ (see playwright.config.ts). */
export const BASE_URL_ROSIE = `http://localhost:${process.env.E2E_BASE_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 1}/rosie/`;

interface Fixtures {
  /** Console messages that a test expects (e.g. a deliberately failed request); anything else fails the test. */
  allowedConsoleErrors: RegExp[];
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ context, allowedConsoleErrors }, use) => {
      const errors: string[] = [];
      const watch = (page: import('@playwright/test').Page) => {
        page.on('console', (msg) => {
          if (msg.type() !== 'error' && msg.type() !== 'warning') return;
          const text = msg.text();
          if (msg.type() === 'warning' && !/Content Security Policy|hydrat/i.test(text)) return;
          if (!allowedConsoleErrors.some((re) => re.test(text))) errors.push(`[${msg.type()}] ${text}`);
        });
        page.on('pageerror', (error) => errors.push(`[pageerror] ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(errors);
      expect(errors, 'console errors, page errors or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
