// Browser entry, kept tiny: the prerendered page and its one stylesheet paint first; the app (React, the data,
// hydration) loads once that first paint has reached the screen, so no script competes with it.
import './styles/global.css';
import { CONTENT_URL } from './content/content-path.ts';
import { afterFirstPaint } from './first-paint.ts';

afterFirstPaint(() => {
  // The content downloads alongside the app's code (the app's fetch() takes this preloaded response).
  document.head.append(
    Object.assign(document.createElement('link'), {
      rel: 'preload',
      as: 'fetch',
      href: CONTENT_URL,
      crossOrigin: 'anonymous',
    }),
  );
  void import('./boot.tsx');
});
