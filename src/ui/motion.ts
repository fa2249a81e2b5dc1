// The one door to framer-motion's animation code, which is not part of the first load: it loads on demand, once,
// and what has loaded stays readable synchronously (a component mounting later can choose its motion version).
import { onDemand } from '../lib/on-demand.ts';

const motionCode = onDemand(() =>
  import('./motion-code.ts').then((code) => {
    // Marks the moment every gesture and animation works (tests wait for it, as a person would for the page).
    document.documentElement.dataset.motion = 'ready';
    return code;
  }),
);

export const loadMotion = motionCode.load;

/** The animation code if it has loaded by now; undefined before (a first paint, hydration, the server). */
export const loadedMotion = motionCode.current;
