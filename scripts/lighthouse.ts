// One Lighthouse run (its default mobile preset, simulated throttling) in Debian's Chromium with a fresh profile:
// shared by `npm run bench` and `npm run profile`.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Flags, type RunnerResult } from 'lighthouse';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';

export async function runLighthouse(url: string, flags: Flags): Promise<RunnerResult> {
  // chrome-launcher makes a temporary --user-data-dir for each launch and removes it.
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
  try {
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', ...flags });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${result.lhr.runtimeError.message}`);
    return result;
  } finally {
    chrome.kill();
  }
}
