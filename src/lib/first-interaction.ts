// The first sign that a person is using the page: a pointer over it or down, a key, a touch, a wheel or a scroll.
// Work that only matters once someone interacts (animation code, sections far below) waits for it.
const EVENTS = ['pointerover', 'pointerdown', 'keydown', 'touchstart', 'wheel', 'scroll'] as const;

let interaction: Promise<void> | undefined;

/** One promise for the page, shared by everything that waits; its listeners go once it resolves. */
export function firstInteraction(): Promise<void> {
  interaction ??= new Promise<void>((resolve) => {
    const done = () => {
      for (const type of EVENTS) window.removeEventListener(type, done, true);
      resolve();
    };
    for (const type of EVENTS) window.addEventListener(type, done, { capture: true, passive: true });
  });
  return interaction;
}
