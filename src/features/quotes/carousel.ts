// Carousel maths with no React: wrapping indexes, reading a swipe, mapping arrow keys to steps.

/** A move through the slides: -1 previous, +1 next, 0 stay. */
export type Step = -1 | 0 | 1;

/** The index `index` lands on in a ring of `count` slides (so -1 is the last one, `count` the first). */
export function wrapIndex(index: number, count: number): number {
  if (count <= 0) return 0;
  return ((index % count) + count) % count;
}

export interface SwipeThreshold {
  /** Pixels the pointer must travel sideways to count as a swipe on distance alone. */
  distance: number;
  /** Pixels per second that count as a flick, even over a short distance. */
  velocity: number;
  /** The least distance a flick must still travel, so a jitter never turns the page. */
  minFlickDistance: number;
}

export const SWIPE: SwipeThreshold = { distance: 60, velocity: 400, minFlickDistance: 12 };

/**
 * The step a horizontal drag asks for once released: a drag to the left shows the next slide, to the right the
 * previous one. A drag shorter than the threshold (and not a fast flick the same way) stays put.
 */
export function swipeStep(offsetX: number, velocityX: number, threshold: SwipeThreshold = SWIPE): Step {
  const distance = Math.abs(offsetX);
  const sameWay = Math.sign(offsetX) === Math.sign(velocityX);
  const flick =
    sameWay && Math.abs(velocityX) >= threshold.velocity && distance >= threshold.minFlickDistance;
  if (distance < threshold.distance && !flick) return 0;
  return offsetX < 0 ? 1 : -1;
}

/** Left and Right arrows move through the slides; any other key does nothing. */
export function arrowKeyStep(key: string): Step {
  if (key === 'ArrowLeft') return -1;
  if (key === 'ArrowRight') return 1;
  return 0;
}
