// Loaded by src/main.tsx after first paint: loads the content and the app, then hydrates the prerendered page (or
// renders, when the page is a fallback). The page is already visible and its links work, so nothing here is urgent:
// the work is cut into steps with a pause between them, because one long task (evaluating every module at once,
// say) would block a tap or a scroll for its whole length.
import { routerBase, samePath } from './app/paths.ts';
import { CONTENT_URL } from './content/content-path.ts';

/** Lets the browser handle input and paint before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

// The content downloads alongside the app's code (the app's fetch() takes the preloaded response), and each
// import below is evaluated in its own task; all of them start downloading now, in parallel.
document.head.append(
  Object.assign(document.createElement('link'), {
    rel: 'preload',
    as: 'fetch',
    href: CONTENT_URL,
    crossOrigin: 'anonymous',
  }),
);
const reactDom = import('react-dom/client');
const queries = import('./app/query-client.ts');
const appModule = import('./app/App.tsx');

const { createQueryClient, contentQuery } = await queries;
const queryClient = createQueryClient();
// The prerendered HTML was rendered from the content; the client needs the same data before hydrating.
await queryClient.query(contentQuery).catch(() => undefined);
await nextTask();
const { hydrateRoot, createRoot } = await reactDom;
await nextTask();
const { App } = await appModule;
await nextTask();

const { StrictMode, startTransition } = await import('react');
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
  // As a transition, hydration yields to the browser every few milliseconds instead of one long task.
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  // 404.html serving another path, a failed load, or the dev server: render from scratch.
  container.replaceChildren();
  createRoot(container).render(app);
}
