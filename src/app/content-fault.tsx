// When the content cannot be had on a prerendered page (a 500, a damaged file, a server that never answers): the
// printed page stays exactly as it is, readable with its links working, and a small notice outside it offers Retry.
// Once the content arrives (a retry in the background, the button, the network coming back), the page hydrates as
// usual. Pages rendered in the browser keep the friendly error of src/app/ContentGate.tsx. Loaded only then
// (src/boot.tsx imports it on a failed load); the load itself starts in src/app/load-content.ts.
import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { contentQuery } from '../content/content-query.ts';
import { ContentError } from '../content/schema.ts';
import { LangProvider, useT, type Lang } from '../i18n/i18n.tsx';
import { releaseEarlyEvents } from '../lib/early-events.ts';
import './content-fault.css';

/** Leaves the prerendered page untouched and shows the notice; `hydrate` runs once the content has come. */
export function keepPrintedPage(queryClient: QueryClient, lang: Lang, hydrate: () => void): void {
  // The page will not be live for now: taps held since the first paint are let go (their marks removed), and the
  // notice's Retry, outside the printed page, is not held either.
  releaseEarlyEvents();
  const host = Object.assign(document.createElement('div'), { className: 'content-fault-host' });
  document.body.append(host);
  const root = createRoot(host);
  const loaded = () => {
    // Not from inside the notice's own effect: React cannot unmount a root while it is committing it.
    setTimeout(() => {
      root.unmount();
      host.remove();
      hydrate();
    });
  };
  root.render(
    <QueryClientProvider client={queryClient}>
      <LangProvider lang={lang}>
        <ContentFaultNotice onLoaded={loaded} />
      </LangProvider>
    </QueryClientProvider>,
  );
}

export function ContentFaultNotice({ onLoaded }: { onLoaded: () => void }) {
  const t = useT();
  // The notice watches the load, it does not start another (a damaged file stays reported once).
  const query = useQuery({ ...contentQuery, retryOnMount: false });
  const loaded = query.isSuccess;
  useEffect(() => {
    if (loaded) onLoaded();
  }, [loaded, onLoaded]);
  if (loaded) return null;
  const damaged = (query.error ?? query.failureReason) instanceof ContentError;
  return (
    <div className="content-fault" role="status">
      <p className="content-fault__message">{damaged ? t.common.dataDamaged : t.common.dataNotLoaded}</p>
      <button type="button" className="button button--ghost" onClick={() => void query.refetch()}>
        {t.common.retry}
      </button>
    </div>
  );
}
