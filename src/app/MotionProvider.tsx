// Motion for the whole app: LazyMotion loads the features on demand (`m` components only, `strict`), and
// MotionConfig reducedMotion="user" turns transform and layout animations off for people who asked for less motion.
import { LazyMotion, MotionConfig } from 'framer-motion';
import type { ReactNode } from 'react';

const loadFeatures = () => import('./motion-features.ts').then((module) => module.default);

export function MotionProvider({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={loadFeatures} strict>
      <MotionConfig reducedMotion="user">{children}</MotionConfig>
    </LazyMotion>
  );
}
