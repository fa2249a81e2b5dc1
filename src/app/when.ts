// The first sign that a person is using the page: a pointer over it or down, a key, a touch, a wheel or a scroll.
// Work that only matters once someone interacts (animation code, sections far below) waits for it.
const EVENTS = ['pointerover', 'pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

let interaction: Promise<void> | undefined;

export function firstInteraction(target: EventTarget = window): Promise<void> {
  if (target === window && interaction) return interaction;
  const promise = new Promise<void>((resolve) => {
    const done = () => {
      for (const type of EVENTS) target.removeEventListener(type, done, true);
      resolve();
    };
    for (const type of EVENTS) target.addEventListener(type, done, { capture: true, passive: true });
  });
  if (target === window) interaction = promise;
  return promise;
}
