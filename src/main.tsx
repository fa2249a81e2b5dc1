// Browser entry, kept tiny: the prerendered page and its one stylesheet paint first; the app (React, the data,
// hydration) loads once that first paint has reached the screen, so no script competes with it.
import './styles/global.css';
import { afterFirstPaint } from './first-paint.ts';

afterFirstPaint(() => void import('./boot.tsx'));
