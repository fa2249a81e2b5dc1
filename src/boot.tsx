// Loaded by src/main.tsx after first paint: loads the content, then hydrates the prerendered page (or renders, when
// the page is a fallback). The page is already visible and its links work, so nothing here is urgent: hydration is
// a transition, which React renders in slices.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { prepareFirstRender, preparePath } from './app/pages.tsx';
import { loadContent } from './app/load-content.ts';
import { appPath, samePath, splitLocale } from './app/paths.ts';
import { contentQuery, createQueryClient } from './app/query-client.ts';
import { pageIsLive, releaseEarlyEvents } from './lib/early-events.ts';
import { firstInteraction } from './lib/first-interaction.ts';

// Watch for the first sign of a person from now on: the sections that wait for it (islands, animation code) only
// ask once React reaches them, after the rest of the page has hydrated, and a pointer arriving in between would be
// missed (then they would wait for the next one).
void firstInteraction();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const queryClient = createQueryClient();
const here = appPath(window.location.pathname);
// The prerendered HTML was rendered from the content; the client needs the same data before hydrating. The entry
// started downloading it (src/main.tsx), alongside this code. The page's own code comes with it (src/app/pages.tsx).
// A first failed attempt ends the wait (the retries go on): the page can say so.
await Promise.all([loadContent(queryClient), preparePath(here)]);
prepareFirstRender(here);

const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
);

const prerenderedFor = container.dataset.path;
const prerendered = prerenderedFor !== undefined && samePath(prerenderedFor, here);
// As a transition, hydration yields to the browser every few milliseconds instead of one long task.
const hydrate = () =>
  startTransition(() => {
    hydrateRoot(container, app);
  });

if (prerendered && queryClient.getQueryState(contentQuery.queryKey)?.status === 'success') {
  hydrate();
} else if (prerendered) {
  // The content could not be had: the printed page stays, with a notice offering Retry; it hydrates once it comes.
  // The notice's code comes only now (a visit that goes well never needs it).
  // Should that fail too, the printed page stays readable with its links working, and held taps are let go.
  await import('./app/content-fault.tsx').then(
    ({ keepPrintedPage }) => keepPrintedPage(queryClient, splitLocale(here).lang, hydrate),
    releaseEarlyEvents,
  );
} else {
  // 404.html serving another path, or the dev server: render from scratch.
  container.replaceChildren();
  createRoot(container).render(app);
  // The printed page is gone, and with it whatever a tap landed on: nothing to hold or replay any more.
  pageIsLive();
}
