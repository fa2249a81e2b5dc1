// The one door to framer-motion's animation code, which is not part of the first load: it loads on demand, once,
// and what has loaded stays readable synchronously (a component mounting later can choose its motion version).
type MotionCode = typeof import('./motion-code.ts');

let loaded: MotionCode | undefined;

export function loadMotion(): Promise<MotionCode> {
  return import('./motion-code.ts').then((code) => {
    loaded = code;
    // Marks the moment every gesture and animation works (tests wait for it, as a person would for the page).
    document.documentElement.dataset.motion = 'ready';
    return code;
  });
}

/** The animation code if it has loaded by now; undefined before (a first paint, hydration, the server). */
export const loadedMotion = (): MotionCode | undefined => loaded;
