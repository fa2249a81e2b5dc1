// Motion for the whole app: LazyMotion loads the features on demand (`m` components only, `strict`), and
// MotionConfig reducedMotion="user" turns transform and layout animations off for people who asked for less motion.
// Nothing moves until someone interacts (the first paint and hydration animate nothing), so the 30 KB of features
// load on the first sign of a person: a pointer over the page or down, a key, a touch, a wheel, a scroll.
import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';
import { firstInteraction } from './when.ts';

const loadFeatures = () =>
  firstInteraction()
    .then(() => import('./motion-features.ts'))
    .then((module) => {
      // Marks the moment every gesture and animation works (tests wait for it, as a person would for the page).
      document.documentElement.dataset.motion = 'ready';
      return module.default;
    });

export function MotionProvider({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}
