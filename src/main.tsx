// Browser entry, kept tiny. In a build, public/start.js loads it once the prerendered page (with its inlined
// stylesheet) is on screen, so no script competes with the first paint; the dev server loads it at once.
import './styles/global.css';
import { CONTENT_URL } from './content/content-path.ts';

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
