// Playwright: end-to-end tests of the production build in Debian's Chromium, served like a plain static host.
import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM, CHROMIUM_FLAGS } from './tools/chromium.ts';

/** Ports are settable so several checkouts can run their e2e suites at once (E2E_PORT, E2E_BASE_PORT). */
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_PORT = Number(process.env.E2E_BASE_PORT ?? PORT + 1);

if (!fs.existsSync(CHROMIUM)) {
  throw new Error(
    `No Chromium at ${CHROMIUM}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
}

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_FLAGS,
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /early-taps\.spec\.ts/ },
    // Timed on a throttled slow phone (taps 250 ms after the first paint, replays within 100 ms of live): run once the
    // rest is done, one test at a time, so no other test competes for this machine's two cores meanwhile.
    { name: 'slow-phone', testMatch: /early-taps\.spec\.ts/, dependencies: ['chromium'] },
  ],
  webServer: [
    {
      command: `npx tsx tools/serve.ts dist --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `npx tsx tools/serve.ts dist-rosie --port ${BASE_PORT} --base /rosie/`,
      url: `http://localhost:${BASE_PORT}/rosie/`,
      reuseExistingServer: false,
    },
  ],
});
