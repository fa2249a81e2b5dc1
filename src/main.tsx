// Browser entry, kept tiny: the prerendered page and its one stylesheet paint first; the app (React, the data,
// hydration) loads right after that first frame, so no script sits between a visitor and the first paint.
import './styles/global.css';

const boot = () => void import('./boot.tsx');

if (document.visibilityState === 'hidden') boot();
else requestAnimationFrame(() => setTimeout(boot, 0));
