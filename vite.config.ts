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
    // Every browser the app supports has <link rel="modulepreload">: the polyfill would be dead bytes on first load.
    modulePreload: { polyfill: false },
    // One stylesheet, linked from the HTML: the app's code loads after first paint (src/main.tsx), and its
    // features' CSS must not wait for it.
    cssCodeSplit: false,
    // SOURCEMAP=true for profiling a production build (scripts/probe-*.ts); never shipped by default.
    sourcemap: process.env.SOURCEMAP === 'true',
    outDir: isSsrBuild ? ssrOutDir : 'dist',
  },
}));
