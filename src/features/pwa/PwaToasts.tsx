// The PWA's messages at the bottom of the screen: the offline-link notice and, where service workers exist,
// the update prompt (registered after mount, loaded lazily so the first paint does not wait for it).
import { lazy, Suspense } from 'react';
import { useClientValue } from '../../ui/use-client.ts';
import { OfflineLinkNotice } from './OfflineLinkNotice.tsx';
import './pwa.css';

const UpdatePrompt = lazy(() => import('./UpdatePrompt.tsx'));

interface PwaToastsProps {
  /** Loads the code the page still defers (see UpdatePrompt): resolves once it is in, or could not be. */
  finishLoading: () => Promise<unknown>;
}

export function PwaToasts({ finishLoading }: PwaToastsProps) {
  const canRegister = useClientValue(() => 'serviceWorker' in navigator, false);
  return (
    <div className="pwa-toasts" role="status">
      <OfflineLinkNotice />
      {canRegister && (
        <Suspense fallback={null}>
          <UpdatePrompt finishLoading={finishLoading} />
        </Suspense>
      )}
    </div>
  );
}
