// The PWA's messages at the bottom of the screen: the offline-link notice and, where service workers exist, the
// update prompt. A returning visit (a version already installed) loads the prompt after mount; a first visit only
// installs the worker, and loads the prompt when its first check for a new version is due (an hour, or back online).
import { lazy, Suspense, useEffect, useState } from 'react';
import { useClientValue } from '../../ui/use-client.ts';
import { OfflineLinkNotice } from './OfflineLinkNotice.tsx';
import { CHECK_EVERY_MS, installWorker, workerAtLoad } from './service-worker.ts';
import './pwa.css';

const UpdatePrompt = lazy(() => import('./UpdatePrompt.tsx'));

interface PwaToastsProps {
  /** Loads the code the page still defers (see UpdatePrompt): resolves once it is in, or could not be. */
  finishLoading: () => Promise<unknown>;
}

export function PwaToasts({ finishLoading }: PwaToastsProps) {
  const worker = useClientValue(workerAtLoad, 'none');
  const checkDue = useCheckDue(worker === 'new');
  return (
    <div className="pwa-toasts" role="status">
      <OfflineLinkNotice />
      {(worker === 'installed' || checkDue) && (
        <Suspense fallback={null}>
          <UpdatePrompt finishLoading={finishLoading} checkNow={checkDue} />
        </Suspense>
      )}
    </div>
  );
}

/** On a first visit: installs the worker, then turns true when the first check for a new version is due. */
function useCheckDue(firstVisit: boolean): boolean {
  const [due, setDue] = useState(false);
  useEffect(() => {
    if (!firstVisit) return;
    void installWorker();
    const markDue = () => setDue(true);
    const timer = setTimeout(markDue, CHECK_EVERY_MS);
    window.addEventListener('online', markDue);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('online', markDue);
    };
  }, [firstVisit]);
  return due;
}
