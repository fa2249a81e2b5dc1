// The service worker's side of the page that is not the update prompt: where the worker is, and the plain browser
// call that installs it on a first visit. vite-plugin-pwa builds it as sw.js at the site's base, scoped to the base.
import { whenQuiet } from '../../lib/when-quiet.ts';

const SW_URL = `${import.meta.env.BASE_URL}sw.js`;
const SW_SCOPE = import.meta.env.BASE_URL;

/** Long-lived tabs (an installed app left open) look for a new version this often, and when back online. */
export const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * What the page was, for the worker, when it loaded: `installed` when a version of the app already served it (a
 * returning visit, where a newer one may be waiting), `new` on a first visit, `none` without service workers (or in
 * the dev server, which has no worker). Read once: the first visit's worker takes control soon after, and that
 * does not make the page a returning visit.
 */
export type WorkerState = 'installed' | 'new' | 'none';

let atLoad: WorkerState | undefined;
export function workerAtLoad(): WorkerState {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return 'none';
  atLoad ??= navigator.serviceWorker.controller ? 'installed' : 'new';
  return atLoad;
}

/**
 * A first visit installs the worker with the browser's own call: there is no older version to replace, so the
 * update prompt and its library load only when the first check for a new version is due. The worker's precache
 * downloads the whole app, so the call waits until this visit has loaded and gone quiet (src/lib/when-quiet.ts).
 * A failure (storage blocked, private mode) leaves the app as it is, online only.
 */
export function installWorker(): Promise<void> {
  return whenQuiet().then(() =>
    navigator.serviceWorker.register(SW_URL, { scope: SW_SCOPE }).then(
      () => undefined,
      () => undefined,
    ),
  );
}
