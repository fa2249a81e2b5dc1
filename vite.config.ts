// Vite: the client build, the prerender of every route, the PWA (manifest, service worker, install artwork).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { prerender } from './scripts/prerender-plugin.ts';
import { pwaAssets } from './scripts/pwa-assets-plugin.ts';
import { pwaOptions } from './scripts/pwa-options.ts';

/** A sub-path to serve from, e.g. BASE_PATH=/rosie/ for GitHub Pages project sites. */
const base = `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
/** The public origin, for absolute canonical and share-image URLs. */
const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');

/** Where the server entry is built, and read back by the prerender step (scripts/build.ts sets it per output). */
const ssrOutDir = process.env.SSR_OUT_DIR ?? 'dist-server';

/**
 * Code that loads later, on its own: the home page's islands (src/app/album-sections.tsx), framer-motion's animation
 * code (src/ui/motion-code.ts, first interaction) and the service worker's update prompt. The rest of src/, and the libraries the app
 * starts with, go in one chunk (see `build`). A new lazily loaded module belongs here: otherwise it lands in the
 * startup chunk, and the byte budget test (tests/e2e/budget.spec.ts) says so.
 */
const LOADS_LATER = [
  /\/src\/features\/(countdown|quotes)\//,
  /\/src\/features\/album\/Tracklist\.tsx$/,
  /\/src\/app\/(TracklistSection|QuotesSection)\.tsx$/,
  /\/src\/ui\/(motion-code\.ts|MotionScope\.tsx|MotionSharedTitle\.tsx)$/,
  /\/src\/features\/pwa\/UpdatePrompt\.tsx$/,
];
const STARTUP_LIBRARIES =
  /\/node_modules\/(@tanstack\/(react-)?query-core|@tanstack\/react-query|zustand|wouter|regexparam|valibot|use-sync-external-store)\//;
/** The entry (src/main.tsx and what it imports) and the boot step stay small files of their own. */
const OWN_FILES = /\/src\/(main\.tsx|first-paint\.ts|boot\.tsx)$/;
/** What both the entry and the app use: its own small file, so the entry does not wait for the app's code. */
const SHARED_WITH_ENTRY = /\/src\/content\/content-path\.ts$|vite\/preload-helper/;
const inStartupChunk = (id: string) =>
  (/\/src\/.*\.tsx?$/.test(id) || STARTUP_LIBRARIES.test(id)) &&
  !OWN_FILES.test(id) &&
  !LOADS_LATER.some((later) => later.test(id));

export default defineConfig(({ isSsrBuild }) => ({
  base,
  plugins: [
    react(),
    !isSsrBuild &&
      prerender({
        serverEntry: `${ssrOutDir}/entry-server.js`,
        dataFile: 'public/data/rosie.json',
        siteUrl,
        base,
      }),
    !isSsrBuild &&
      pwaAssets({ serverEntry: `${ssrOutDir}/entry-server.js`, dataFile: 'public/data/rosie.json', base }),
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
    // One stylesheet, linked from the HTML: the app's code loads after first paint (src/main.tsx), and its
    // features' CSS must not wait for it.
    cssCodeSplit: false,
    // SOURCEMAP=true (and MINIFY=false, for readable names) when profiling a production build; never shipped.
    sourcemap: process.env.SOURCEMAP === 'true',
    minify: process.env.MINIFY !== 'false',
    outDir: isSsrBuild ? ssrOutDir : 'dist',
    rolldownOptions: isSsrBuild
      ? {}
      : {
          output: {
            // A first visit fetches a handful of files, not two dozen: every extra module request costs the
            // browser main-thread time to start, and a phone pays it while the page is already interactive.
            codeSplitting: {
              groups: [
                { name: 'start', test: SHARED_WITH_ENTRY, priority: 3 },
                { name: 'react', test: /\/node_modules\/(react|react-dom|scheduler)\//, priority: 2 },
                { name: 'app', test: inStartupChunk, priority: 1 },
              ],
            },
          },
        },
  },
}));
