// Loaded by src/main.tsx after first paint: loads the content, then hydrates the prerendered page (or renders,
// when the page is a fallback).
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { routerBase, samePath } from './app/paths.ts';
import { createQueryClient } from './app/query-client.ts';
import { contentQuery } from './content/content-query.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

const queryClient = createQueryClient();
// The prerendered HTML was rendered from the content; the client needs the same data before hydrating.
await queryClient.query(contentQuery).catch(() => undefined);

const app = (
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>
);

const here = window.location.pathname.slice(routerBase.length) || '/';
const prerenderedFor = container.dataset.path;
const canHydrate =
  prerenderedFor !== undefined &&
  samePath(prerenderedFor, here) &&
  queryClient.getQueryState(contentQuery.queryKey)?.status === 'success';

if (canHydrate) {
  // As a transition, hydration yields to the browser every few milliseconds instead of one long task (the page is
  // already visible and its links already work, so nothing waits on it): this keeps Total Blocking Time low.
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  // 404.html serving another path, a failed load, or the dev server: render from scratch.
  container.replaceChildren();
  createRoot(container).render(app);
}
