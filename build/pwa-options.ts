// The PWA configuration for vite-plugin-pwa: the web manifest, and the Workbox service worker (generateSW) that
// precaches every prerendered page, the data and the artwork so every route opens offline.
import type { ManifestEntry } from 'workbox-build';
import type { VitePWAOptions } from 'vite-plugin-pwa';
import { BACKGROUND } from './pwa-art.ts';

/** Where the generated install artwork goes in the build (build/pwa-assets-plugin.ts writes it). */
export const PWA_ASSET_DIR = 'pwa';

/** Every generated PNG: its file, its width and height, and what it is drawn from. */
export const PWA_IMAGES = {
  icon192: { file: `${PWA_ASSET_DIR}/icon-192.png`, width: 192, height: 192, art: 'icon' },
  icon512: { file: `${PWA_ASSET_DIR}/icon-512.png`, width: 512, height: 512, art: 'icon' },
  maskable512: { file: `${PWA_ASSET_DIR}/icon-maskable-512.png`, width: 512, height: 512, art: 'maskable' },
  appleTouch: { file: `${PWA_ASSET_DIR}/apple-touch-icon.png`, width: 180, height: 180, art: 'maskable' },
  narrow: { file: `${PWA_ASSET_DIR}/screenshot-narrow.png`, width: 720, height: 1280, art: 'narrow' },
  wide: { file: `${PWA_ASSET_DIR}/screenshot-wide.png`, width: 1280, height: 720, art: 'wide' },
} as const;

export type PwaImage = (typeof PWA_IMAGES)[keyof typeof PWA_IMAGES];

const size = (image: PwaImage) => `${image.width}x${image.height}`;
const png = (image: PwaImage, purpose?: 'any' | 'maskable') => ({
  src: image.file,
  sizes: size(image),
  type: 'image/png',
  ...(purpose && { purpose }),
});

export const THEME_COLOR = BACKGROUND;

/**
 * Workbox only maps "/track/apt/" to the precached "track/apt/index.html" (and "/track/apt" to "track/apt.html"),
 * so each prerendered page is also listed under its clean URL ("track/apt"), the one every link in the app uses.
 */
export function withCleanUrls<T extends ManifestEntry>(entries: T[]): T[] {
  const aliases = entries.flatMap((entry) => {
    const match = /^(.+)\/index\.html$/.exec(entry.url);
    return match ? [{ ...entry, url: match[1] }] : [];
  });
  return [...entries, ...aliases];
}

export function pwaOptions({ base, disable }: { base: string; disable: boolean }): Partial<VitePWAOptions> {
  const { icon192, icon512, maskable512, narrow, wide } = PWA_IMAGES;
  return {
    disable,
    // A new version waits until the person says Reload (src/features/pwa/UpdatePrompt.tsx); never a silent swap.
    registerType: 'prompt',
    // Registered from a module (virtual:pwa-register/react), never an inline or extra script: the CSP forbids it.
    injectRegister: false,
    // The icons are generated into the build, not public/: they are precached by the glob below.
    includeManifestIcons: false,
    manifest: {
      id: base,
      name: 'rosie — a fan app',
      short_name: 'rosie',
      description:
        'A fan app for rosie, ROSÉ’s debut studio album: the 12 tracks, credits with sources, her own words, and every milestone.',
      lang: 'en',
      dir: 'ltr',
      start_url: base,
      scope: base,
      display: 'standalone',
      orientation: 'any',
      theme_color: THEME_COLOR,
      background_color: BACKGROUND,
      categories: ['music', 'entertainment'],
      icons: [png(icon192, 'any'), png(icon512, 'any'), png(maskable512, 'maskable')],
      screenshots: [
        { ...png(narrow), form_factor: 'narrow', label: 'The tracklist of rosie on a phone' },
        { ...png(wide), form_factor: 'wide', label: 'The cover and the tracklist of rosie' },
      ],
      shortcuts: [
        {
          name: 'Your favorite tracks',
          short_name: 'Favorites',
          url: `${base}favorites`,
          icons: [png(icon192, 'any')],
        },
      ],
    },
    workbox: {
      // Every prerendered page (all routes, both languages, 404.html), the JS/CSS, the data JSON, the icons.
      globPatterns: ['**/*.{html,js,css,json,svg,png,woff2}'],
      // Share images are cached at run time; the install screenshots are only for the install dialog. An alias page
      // in a directory ending in a dot (track/apt./) stays out: one page a host might not serve must not fail the
      // worker's install, and offline the 404.html fallback redirects that spelling anyway.
      globIgnores: ['og/**', `${PWA_ASSET_DIR}/screenshot-*`, '**/*./**'],
      manifestTransforms: [(entries) => ({ manifest: withCleanUrls(entries), warnings: [] })],
      // Navigations that are not a precached page try the network, and offline get the precached 404 page.
      navigateFallback: null,
      runtimeCaching: [
        {
          urlPattern: ({ request }) => request.mode === 'navigate',
          handler: 'NetworkOnly',
          options: { precacheFallback: { fallbackURL: '404.html' } },
        },
        {
          urlPattern: /\/og\/[^/]+\.png$/,
          handler: 'StaleWhileRevalidate',
          options: { cacheName: 'share-images', expiration: { maxEntries: 40 } },
        },
      ],
      cleanupOutdatedCaches: true,
      // A waiting worker takes over only when the page asks (after the person clicks Reload).
      skipWaiting: false,
      // The first install takes control at once (nothing older is running), so the first visit already works offline.
      clientsClaim: true,
    },
  };
}
