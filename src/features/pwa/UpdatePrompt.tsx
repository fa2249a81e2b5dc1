// Registers the service worker (from this module: no inline script) and, when a new version is waiting, asks
// before switching: Reload tells it to take over, and the page reloads once it controls, so a page never runs
// old HTML with new code. Loaded lazily, in the browser only.
/// <reference types="vite-plugin-pwa/react" />
import { useState } from 'react';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { CHECK_EVERY_MS } from './service-worker.ts';
import { UpdateToast } from './UpdateToast.tsx';

interface UpdatePromptProps {
  finishLoading: () => Promise<unknown>;
  /** Look for a new version at once (a first visit's tab, an hour on, or back online), then every hour. */
  checkNow: boolean;
}

export default function UpdatePrompt({ finishLoading, checkNow }: UpdatePromptProps) {
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
      if (checkNow) check();
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
