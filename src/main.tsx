// Browser entry, kept tiny. In a build, public/start.js loads it once the prerendered page (with its inlined
// stylesheet) is on screen, so no script competes with the first paint; the dev server loads it at once.
import './styles/global.css';
import { CONTENT_URL } from './content/content-path.ts';
import { nextTask } from './lib/next-task.ts';

// The content downloads alongside the app's code (the app's fetch() takes this preloaded response).
document.head.append(
  Object.assign(document.createElement('link'), {
    rel: 'preload',
    as: 'fetch',
    href: CONTENT_URL,
    crossOrigin: 'anonymous',
  }),
);
// React's code first, then, after a turn for the browser, the app's: evaluated together they were one long task.
// (The app's chunk is requested once React's has run: one more step, after the first paint.)
void import('./react-code.ts').then(nextTask).then(() => import('./boot.tsx'));
