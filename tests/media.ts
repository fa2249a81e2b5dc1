// Pretends the system's media settings (jsdom has no matchMedia of its own): each query listed in `matching`
// matches, every other does not. Undone by vi.unstubAllGlobals().
import { vi } from 'vitest';

export const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';
export const DARK = '(prefers-color-scheme: dark)';

export function stubMediaQueries(matching: readonly string[]) {
  vi.stubGlobal('matchMedia', (media: string) => ({
    matches: matching.includes(media),
    media,
    onchange: null,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
    dispatchEvent: () => false,
  }));
}
