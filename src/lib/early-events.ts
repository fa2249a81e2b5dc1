// The app's side of the queue of early events that public/start.js keeps from the first paint: taps (and Enter or
// Space) on controls whose part of the page is not live yet are held there; the app says here when a part is live,
// and the queue replays what it held on it. Where start.js does not run (the dev server, the tests, the server),
// there is no queue and these do nothing.

/** What public/start.js puts on the window (type-checked there too: tsconfig.public.json). */
export interface EarlyEvents {
  /** A part is live: the page (no argument) or an island (its wrapper). Its held events are replayed, in order. */
  live(part?: Element): void;
  /** Calls `wake` once a tap is held in the island `part` (at once if one already is): it is needed now. */
  onHold(part: Element, wake: () => void): void;
  /** The app cannot start: stop holding taps and unmark the controls held (the page stays as printed). */
  release(): void;
}

declare global {
  interface Window {
    rosieEvents?: EarlyEvents;
  }
}

/** The page has hydrated (or rendered): every control outside the islands works. */
export function pageIsLive(): void {
  window.rosieEvents?.live();
}

/** An island (its wrapper) is live. */
export function partIsLive(part: Element): void {
  window.rosieEvents?.live(part);
}

/** Calls `wake` once a tap lands on a control of the island `part` before it is live. */
export function onHeldTap(part: Element, wake: () => void): void {
  window.rosieEvents?.onHold(part, wake);
}

/** The app cannot start on this page: taps are no longer held. */
export function releaseEarlyEvents(): void {
  window.rosieEvents?.release();
}
