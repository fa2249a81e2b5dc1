// The page's one script before its first paint (a plain blocking script: no inline code under the CSP).
//
// 1. It applies what is stored on this device that changes the first paint:
//    - a remembered theme choice, on <html data-theme> (without one, CSS follows prefers-color-scheme); key shared
//      with src/lib/preference-storage.ts;
//    - whether any favorite is saved, on <html data-favorites="saved">, so /favorites shows its prerendered empty
//      state only to people who have none (the list itself renders once the app has read it); key and format shared
//      with src/features/favorites/favorites-store.ts.
// 2. Once the first paint is on screen, it loads the rest: the app's code (data-app) and the web app manifest
//    (data-manifest), both named here by the build (build/first-paint-plugin.ts). Until then the browser fetches
//    nothing but the page and this file. The dev server's index.html loads the app itself.
(function () {
  const root = document.documentElement;
  try {
    const theme = localStorage.getItem('rosie-theme');
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  } catch {
    // Storage blocked: the system setting applies.
  }
  try {
    const saved = JSON.parse(localStorage.getItem('rosie:favorites') || 'null');
    const state = saved && saved.state;
    const slugs = state && (state.slugs || state.favorites);
    if (slugs && slugs.length > 0) root.setAttribute('data-favorites', 'saved');
  } catch {
    // Unreadable or blocked: the page shows the empty state, and the app says why once it starts.
  }
})();

(function () {
  const script = document.currentScript;
  if (!script) return;
  const app = script.getAttribute('data-app') || '';
  if (!app) return;
  const manifest = script.getAttribute('data-manifest');

  let started = false;
  function load() {
    if (started) return;
    started = true;
    if (manifest) {
      const link = document.createElement('link');
      link.rel = 'manifest';
      link.href = manifest;
      document.head.appendChild(link);
    }
    const entry = document.createElement('script');
    entry.type = 'module';
    entry.src = app;
    document.head.appendChild(entry);
  }
  // "After the first paint is on screen": the first-contentful-paint entry is recorded when the frame is presented,
  // which can be well after it was produced. Browsers without paint timing wait for the next frame; a hidden tab
  // never paints, so it loads at once; a page with nothing contentful stops waiting after 3 s. In every case the
  // app starts on a parsed document (a module script added by script runs as soon as it arrives).
  function start() {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', load);
    else load();
  }
  function soon() {
    setTimeout(start, 0);
  }
  if (document.visibilityState === 'hidden') return start();
  const types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (!types || types.indexOf('paint') < 0) {
    requestAnimationFrame(soon);
    return;
  }
  const observer = new PerformanceObserver(function (list) {
    if (list.getEntriesByName('first-contentful-paint').length === 0) return;
    observer.disconnect();
    soon();
  });
  observer.observe({ type: 'paint', buffered: true });
  // Firefox (ESR 153) records no first-contentful-paint for a page that opens scrolled down (a reload or a history
  // navigation restoring its position), and the app would wait the 3 s below. A scroll means the page is laid out on
  // screen, so the first one starts the app too, in every engine (a page opened at the top, as measured, has none).
  window.addEventListener('scroll', soon, { once: true, passive: true });
  setTimeout(function () {
    observer.disconnect();
    start();
  }, 3000);
})();
