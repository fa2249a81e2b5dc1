// Vite: the client build, the prerender of every route, and the test setup for component tests.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { prerender } from './scripts/prerender-plugin.ts';

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
  ],
  build: {
    target: 'es2022',
    // Every browser the app supports has <link rel="modulepreload">: the polyfill would be dead bytes on first load.
    modulePreload: { polyfill: false },
    outDir: isSsrBuild ? ssrOutDir : 'dist',
  },
}));
