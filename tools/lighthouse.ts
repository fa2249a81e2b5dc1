// One Lighthouse run (its default mobile preset, simulated throttling) in Debian's Chromium headless shell with a
// fresh profile: shared by `npm run bench` and `npm run profile`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type RunnerResult } from 'lighthouse';
import { CHROMIUM_FLAGS, LIGHTHOUSE_CHROMIUM } from './chromium.ts';

const SHELL_PACKAGE = 'chromium-headless-shell';

/**
 * Lighthouse's browser must be there: as root on Debian, a missing headless shell is installed (as `.ci/run` installs
 * Chromium for the tests); anywhere else the error says how.
 */
function ensureBrowser(): void {
  if (fs.existsSync(LIGHTHOUSE_CHROMIUM)) return;
  const installable =
    LIGHTHOUSE_CHROMIUM === `/usr/bin/${SHELL_PACKAGE}` &&
    process.getuid?.() === 0 &&
    fs.existsSync('/usr/bin/apt-get');
  if (!installable)
    throw new Error(
      `No browser for Lighthouse at ${LIGHTHOUSE_CHROMIUM}: sudo apt-get install -y ${SHELL_PACKAGE} ` +
        '(or set LIGHTHOUSE_CHROMIUM_PATH)',
    );
  console.log(`Installing ${SHELL_PACKAGE}, the browser Lighthouse runs in…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execFileSync('apt-get', ['install', '-y', '-qq', SHELL_PACKAGE], { stdio: 'inherit', env });
  try {
    install();
  } catch {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    install();
  }
}

export async function runLighthouse(url: string, flags: Flags): Promise<RunnerResult> {
  ensureBrowser();
  // chrome-launcher makes a temporary --user-data-dir for each launch and removes it.
  const chrome = await chromeLauncher.launch({
    chromePath: LIGHTHOUSE_CHROMIUM,
    chromeFlags: CHROMIUM_FLAGS,
  });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', ...flags });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
    return result;
  } finally {
    chrome.kill();
  }
}
