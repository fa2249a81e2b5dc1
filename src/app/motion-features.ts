// framer-motion's animation features, loaded after first paint (LazyMotion): `m` components stay tiny until then.
// domMax (not domAnimation) because the quote carousel drags and the track title uses a shared layout transition.
export { domMax as default } from 'framer-motion';
