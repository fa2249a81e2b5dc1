// Registers the service worker (from this module: no inline script) and, when a new version is waiting, asks
// before switching: Reload tells it to take over, and the page reloads once it controls, so a page never runs
// old HTML with new code. Loaded lazily, in the browser only.
/// <reference types="vite-plugin-pwa/react" />
import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { UpdateToast } from './UpdateToast.tsx';

/** Long-lived tabs (an installed app left open) look for a new version this often, and when back online. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export default function UpdatePrompt({ finishLoading }: { finishLoading: () => Promise<unknown> }) {
  const [reloading, setReloading] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine && !registration.installing) void registration.update().catch(() => undefined);
      };
      setInterval(check, CHECK_EVERY_MS);
      window.addEventListener('online', check);
    },
  });
  if (!needRefresh || reloading) return null;
  return (
    <UpdateToast
      onReload={() => {
        setReloading(true);
        // The page first loads what it still defers (sections, animation code), while the old worker serves it:
        // Chromium was seen to keep the new worker waiting for good when it was asked to take over with that
        // code not yet loaded (tests/e2e/pwa.spec.ts, a Reload as the first touch on the page).
        void finishLoading()
          .catch(() => undefined)
          .then(() => updateServiceWorker(true));
      }}
      onLater={() => setNeedRefresh(false)}
    />
  );
}
