// Production build: the server entry (for prerendering) then the client, which prerenders every route.
// Usage: tsx build/build.ts [--base /rosie/] [--out dist]   (BASE_PATH and SITE_URL are read from the env too)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = option('--out') ?? 'dist';
// vite.config.ts reads these; each build runs in its own process so the settings reach the config.
const env = {
  ...process.env,
  SSR_OUT_DIR: `${out}-server`,
  BASE_PATH: option('--base') ?? process.env.BASE_PATH,
  // Shown in the footer (src/features/pwa/AppVersion.tsx); the e2e update test builds a second version with it.
  VITE_APP_VERSION:
    process.env.VITE_APP_VERSION ??
    (JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string }).version,
};
const vite = (...viteArgs: string[]) =>
  execFileSync('npx', ['vite', 'build', ...viteArgs], { env, stdio: 'inherit' });

vite('--ssr', 'src/entry-server.tsx', '--outDir', env.SSR_OUT_DIR, '--logLevel', 'warn');
vite('--outDir', out);
