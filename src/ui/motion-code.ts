// framer-motion's animation code, loaded on demand (src/ui/motion.ts): the features LazyMotion needs (domMax, not
// domAnimation: the quote carousel drags and the track title uses a shared layout transition), and what a component
// mounting after it can render.
export { domMax as features } from 'framer-motion';
export { MotionScope } from './MotionScope.tsx';
export { MotionSharedTitle } from './MotionSharedTitle.tsx';
