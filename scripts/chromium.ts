// Debian's Chromium and the flags it needs on these machines (no sandbox as root; no background network calls,
// which the closed network refuses): shared by the e2e tests and the Lighthouse bench.
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
