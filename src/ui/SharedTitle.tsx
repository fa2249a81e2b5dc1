// A track's title, shared by its tracklist row and its page's heading: once the animation code has loaded, the two
// are one element (MotionSharedTitle) that flies between the pages. Before that (a first paint, hydration) it is a
// plain span, so a page opened from a link carries no animation code into its first load.
import { useState, type ReactNode } from 'react';
import { loadedMotion } from './motion.ts';

export const trackTitleLayoutId = (slug: string) => `track-title-${slug}`;

export interface SharedTitleProps {
  layoutId: string;
  className: string;
  children: ReactNode;
}

export function SharedTitle(props: SharedTitleProps) {
  // Chosen once, at mount: switching later would replace the element under the reader's eyes.
  const [code] = useState(loadedMotion);
  if (code)
    return (
      <code.MotionScope>
        <code.MotionSharedTitle {...props} />
      </code.MotionScope>
    );
  return <span className={props.className}>{props.children}</span>;
}
