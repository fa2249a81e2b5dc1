// A title that is one shared element across two pages (framer-motion layoutId): a tracklist row's title flies into
// the track page's heading. Under reduced motion it is a plain span, with no layout projection at all.
import { m, useReducedMotion } from 'framer-motion';
import type { SharedTitleProps } from './SharedTitle.tsx';

export function MotionSharedTitle({ layoutId, className, children }: SharedTitleProps) {
  const reduce = useReducedMotion();
  return (
    <m.span layoutId={reduce === true ? undefined : layoutId} className={className}>
      {children}
    </m.span>
  );
}
