// React's code on its own, for the entry to load (and run) a step ahead of the app's: see src/main.tsx. Imported
// through this module, not directly, so that the entry itself imports nothing: the CommonJS interop stays here.
export { hydrateRoot } from 'react-dom/client';
