import { describe, expect, it } from 'vitest';
import { arrowKeyStep, SWIPE, swipeStep, wrapIndex } from '../../src/features/quotes/carousel.ts';

describe('carousel index maths', () => {
  it('wraps past either end of the ring', () => {
    expect(wrapIndex(0, 8)).toBe(0);
    expect(wrapIndex(8, 8)).toBe(0);
    expect(wrapIndex(-1, 8)).toBe(7);
    expect(wrapIndex(-9, 8)).toBe(7);
    expect(wrapIndex(17, 8)).toBe(1);
    expect(wrapIndex(3, 0)).toBe(0);
  });

  it('maps Left and Right arrows to previous and next, and nothing else', () => {
    expect(arrowKeyStep('ArrowLeft')).toBe(-1);
    expect(arrowKeyStep('ArrowRight')).toBe(1);
    expect(arrowKeyStep('ArrowUp')).toBe(0);
    expect(arrowKeyStep('Enter')).toBe(0);
  });
});

describe('reading a swipe', () => {
  it('a long drag to the left shows the next quote, to the right the previous', () => {
    expect(swipeStep(-SWIPE.distance, 0)).toBe(1);
    expect(swipeStep(-200, -50)).toBe(1);
    expect(swipeStep(SWIPE.distance, 0)).toBe(-1);
    expect(swipeStep(150, 10)).toBe(-1);
  });

  it('a short, slow drag stays put', () => {
    expect(swipeStep(-(SWIPE.distance - 1), -100)).toBe(0);
    expect(swipeStep(30, 0)).toBe(0);
    expect(swipeStep(0, 0)).toBe(0);
  });

  it('a quick flick counts over a short distance, but a jitter or a flick back does not', () => {
    expect(swipeStep(-20, -SWIPE.velocity)).toBe(1);
    expect(swipeStep(20, 900)).toBe(-1);
    expect(swipeStep(-(SWIPE.minFlickDistance - 1), -2000)).toBe(0);
    // Dragged left, then flung back to the right before letting go: not a swipe either way.
    expect(swipeStep(-30, 900)).toBe(0);
  });
});
