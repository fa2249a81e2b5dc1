// Motion for the components inside: LazyMotion gives `m` elements their animation features (`strict`: only `m`),
// and MotionConfig reducedMotion="user" turns transform and layout animations off for people who asked for less
// motion. Only code that loads later uses it (the tracklist, the quotes, a track title mounted after the motion
// code), so framer-motion is no part of the first load. Nothing animates on a first paint or during hydration: the
// features come with the first sign of a person (a pointer over the page or down, a key, a touch, a wheel, a
// scroll), or at once when they have already loaded.
import { LazyMotion, MotionConfig } from 'framer-motion';
import { useState, type ReactNode } from 'react';
import { firstInteraction } from '../lib/first-interaction.ts';
import { loadedMotion, loadMotion } from './motion.ts';

const featuresAfterFirstInteraction = () =>
  firstInteraction()
    .then(loadMotion)
    .then((code) => code.features);

export function MotionScope({ children }: { children: ReactNode }) {
  // Chosen once, at mount: LazyMotion reads its features once.
  const [features] = useState(() => loadedMotion()?.features ?? featuresAfterFirstInteraction);
  return (
    <LazyMotion features={features} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}
