// Browser entry, kept tiny. In a build, public/start.js loads it once the prerendered page (with its inlined
// stylesheet) is on screen, so no script competes with the first paint, and asks for the chunks imported here and
// the content at the same moment (they download together); the dev server loads it at once.
import './styles/global.css';

// React's code first, then the app's: evaluated together they were one long task.
void import('./react-code.ts').then(() => import('./boot.tsx'));
