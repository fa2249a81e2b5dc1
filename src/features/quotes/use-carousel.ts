// The carousel's state: which slide shows, which way it moved, and whether it rotates on its own.
// Rotation follows the WAI-ARIA APG carousel pattern: it is on by default (off when the reader prefers reduced
// motion), holds while the pointer is over the carousel or keyboard focus is inside it, stays off once the user
// pauses, and never starts before the page is hydrated (so the server and first client render agree).
import { useCallback, useEffect, useState } from 'react';
import { wrapIndex, type Step } from './carousel.ts';
import { useHydrated } from '../../ui/use-hydrated.ts';
import { usePrefersReducedMotion } from '../../ui/use-reduced-motion.ts';

/** Milliseconds each quote stays before the next one, when rotating: long enough to read the longest. */
export const ROTATION_INTERVAL_MS = 9000;

interface Position {
  index: number;
  /** The last step taken (0 before any): the way the incoming slide enters. */
  direction: Step;
  /** How many moves so far: restarts the rotation timer after every move. */
  moves: number;
}

export interface Carousel {
  index: number;
  direction: Step;
  /** True once the reader (or rotation) moved off the first slide: the first paint never animates. */
  moved: boolean;
  mounted: boolean;
  /** Rotation is wanted (the Pause/Play button shows Pause). */
  playing: boolean;
  /** Rotation is actually running right now. */
  rotating: boolean;
  go: (step: Step) => void;
  togglePlaying: () => void;
  setHovered: (hovered: boolean) => void;
  setFocused: (focused: boolean) => void;
}

export function useCarousel(count: number, interval = ROTATION_INTERVAL_MS): Carousel {
  const mounted = useHydrated();
  const reducedMotion = usePrefersReducedMotion();
  const [position, setPosition] = useState<Position>({ index: 0, direction: 0, moves: 0 });
  // null until the user presses Pause or Play; their choice then wins over the defaults and the holds.
  const [choice, setChoice] = useState<'play' | 'pause' | null>(null);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);

  const playing = choice === null ? !reducedMotion : choice === 'play';
  const held = choice === null && (hovered || focused);
  const rotating = mounted && count > 1 && playing && !held;

  const go = useCallback(
    (step: Step) => {
      if (step === 0) return;
      setPosition((p) => ({ index: wrapIndex(p.index + step, count), direction: step, moves: p.moves + 1 }));
    },
    [count],
  );

  useEffect(() => {
    if (!rotating) return;
    const timer = window.setTimeout(() => go(1), interval);
    return () => window.clearTimeout(timer);
  }, [rotating, interval, go, position.moves]);

  return {
    index: wrapIndex(position.index, count),
    direction: position.direction,
    moved: position.moves > 0,
    mounted,
    playing,
    rotating,
    go,
    togglePlaying: () => setChoice(playing ? 'pause' : 'play'),
    setHovered,
    setFocused,
  };
}
