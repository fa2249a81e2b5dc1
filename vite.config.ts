// Vite: the client build, the prerender of every route, the PWA (manifest, service worker, install artwork).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import type { ChunkingContext } from 'rolldown';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { firstPaint } from './build/first-paint-plugin.ts';
import { minifyPublicScripts } from './build/minify-public-plugin.ts';
import { prerender } from './build/prerender-plugin.ts';
import { pwaAssets } from './build/pwa-assets-plugin.ts';
import { pwaOptions } from './build/pwa-options.ts';
import { without, withoutFromEnv } from './build/without-plugin.ts';

/** A sub-path to serve from, e.g. BASE_PATH=/rosie/ for GitHub Pages project sites. */
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
/** The public origin, for absolute canonical and share-image URLs. */
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

/** The content, fetched as soon as the app starts (src/content/content-path.ts names it for the app). */
const CONTENT_FILE = 'data/rosie.json';

/** Where the server entry is built, and read back by the prerender step (build/build.ts sets it per output). */
const ssrOutDir = process.env.SSR_OUT_DIR ?? 'dist-server';

/** Mechanisms left out for a trial (ROSIE_WITHOUT, build/without-plugin.ts); none in a normal build. */
const trial = withoutFromEnv();

/** The entry (src/main.tsx) and the boot step stay small files of their own. */
const OWN_FILES = /\/src\/(main\.tsx|boot\.tsx)$/;
/**
 * The entry chunk holds what it imports itself, including what the app shares with it (the app imports those from
 * the entry, already loaded): the entry then needs no second request before it can run.
 */
const ENTRY = /\/src\/main\.tsx$|vite\/preload-helper/;
const BOOT = fileURLToPath(new URL('src/boot.tsx', import.meta.url));

/**
 * The code the app starts with: what src/boot.tsx imports, directly or not, without following an `import()`. It all
 * goes in one chunk, `app` (React has its own). What loads later (the islands, the pages other than the album, the
 * Korean messages, framer-motion, the update prompt) keeps its own chunks, whatever folder it lives in.
 */
const startupModules = new WeakMap<ChunkingContext, Set<string>>();
function startsWithApp(id: string, context: ChunkingContext): boolean {
  let modules = startupModules.get(context);
  if (!modules) {
    const found = new Set<string>();
    const visit = (moduleId: string) => {
      if (found.has(moduleId)) return;
      found.add(moduleId);
      for (const next of context.getModuleInfo(moduleId)?.importedIds ?? []) visit(next);
    };
    visit(BOOT);
    modules = found;
    startupModules.set(context, modules);
  }
  return modules.has(id) && !id.startsWith('\0') && !OWN_FILES.test(id);
}

export default defineConfig(({ isSsrBuild }) => ({
  base,
  resolve: {
    alias: [
      // wouter imports useSyncExternalStore through the shim for React 17 and older; React 19 has its own, and the
      // shim (with its CommonJS wrapper) would only add bytes to the first load.
      { find: /^use-sync-external-store\/shim(\/index\.js)?$/, replacement: 'react' },
    ],
  },
  plugins: [
    trial.size > 0 && without(trial),
    react(),
    // Before the prerender: it rewrites the template that every page is made from.
    !isSsrBuild && firstPaint({ base, fetch: [CONTENT_FILE] }),
    !isSsrBuild &&
      prerender({
        serverEntry: `${ssrOutDir}/entry-server.js`,
        dataFile: 'public/data/rosie.json',
        siteUrl,
        base,
      }),
    !isSsrBuild &&
      pwaAssets({ serverEntry: `${ssrOutDir}/entry-server.js`, dataFile: 'public/data/rosie.json', base }),
    !isSsrBuild && process.env.MINIFY !== 'false' && minifyPublicScripts(['start.js']),
    // In the server build it only resolves virtual:pwa-register (to a no-op); the worker is written after the
    // client build, once every prerendered page is on disk.
    VitePWA(pwaOptions({ base, disable: Boolean(isSsrBuild) })),
  ],
  build: {
    target: 'es2022',
    // No <link rel="modulepreload"> injected before dynamic imports: the startup code is a few chunks (see
    // `codeSplitting`), which the browser finds one step later by itself, and inserting the links cost the main
    // thread more than that step saves (the app starts after first paint anyway).
    modulePreload: false,
    // One stylesheet, inlined into every page (build/first-paint-plugin.ts): the app's code loads after first
    // paint, and its features' CSS must not wait for it.
    cssCodeSplit: false,
    // SOURCEMAP=true (and MINIFY=false, for readable names) when profiling a production build; never shipped.
    sourcemap: process.env.SOURCEMAP === 'true',
    minify: process.env.MINIFY !== 'false',
    outDir: isSsrBuild ? ssrOutDir : 'dist',
    rolldownOptions:
      isSsrBuild || trial.has('chunks')
        ? {}
        : {
            output: {
              // A first visit fetches a handful of files, not two dozen: every extra module request costs the
              // browser main-thread time to start, and a phone pays it while the page is already interactive.
              codeSplitting: {
                groups: [
                  { name: 'index', test: ENTRY, priority: 3 },
                  { name: 'react', test: /\/node_modules\/(react|react-dom|scheduler)\//, priority: 2 },
                  { name: (id, context) => (startsWithApp(id, context) ? 'app' : null), priority: 1 },
                ],
              },
            },
          },
  },
}));
