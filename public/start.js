// The page's one script before its first paint (a plain blocking script: no inline code under the CSP).
//
// 1. It applies what is stored on this device that changes the first paint:
//    - a remembered theme choice, on <html data-theme> (without one, CSS follows prefers-color-scheme); key shared
//      with src/lib/preference-storage.ts;
//    - whether any favorite is saved, on <html data-favorites="saved">, so /favorites shows its prerendered empty
//      state only to people who have none (the list itself renders once the app has read it); key and format shared
//      with src/features/favorites/favorites-store.ts.
// 2. From the first paint until the app is live, it holds the taps (and Enter/Space key presses) on the page's
//    controls and replays them, in order, once the part of the page they landed on is live (see "Early events").
// 3. Once the first paint is on screen, it loads the rest: the app's code (data-app; the chunks it starts with,
//    data-preload, and its content, data-fetch, in parallel rather than one after the other) and the web app
//    manifest (data-manifest), all named here by the build (build/first-paint-plugin.ts). Until then the browser
//    fetches nothing but the page and this file. The dev server's index.html loads the app itself.
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

  // Early events. The prerendered page is on screen seconds before its code has run on a slow phone; a tap on a
  // control meanwhile would do nothing (React is not listening yet, or drops it on a section still waiting for its
  // code). So a tap or a key press that activates a control, on a part of the page that is not live yet, is stopped
  // here (a listener on the window, ahead of React's on its root), the control marked at once (data-pending, styled
  // as pressed), and the event queued. When the app says a part is live (the page once it has hydrated, or an island,
  // src/lib/early-events.ts), the part's events are dispatched again on the same elements, in order (each sees what
  // the one before it did); one whose element has gone is dropped. Focus is left where the person put it.
  // Links are not held: they work as links. As Angular's event replay (Google's jsaction) does, from which this is
  // learned: capture at the document from the first paint, queue, replay after hydration.
  const CONTROLS =
    'button,[role="button"],[role="switch"],[role="checkbox"],[role="tab"],input[type="checkbox"],' +
    'input[type="radio"],input[type="button"],input[type="submit"],[tabindex="0"]';
  const PENDING = 'data-pending';

  /** @typedef {{ event: Event, target: Element, control: Element, part: Element | null }} Held */
  /** @type {Held[]} */
  let held = [];
  /** The islands that are live; the page itself is `pageLive`. */
  /** @type {Element[]} */
  const liveParts = [];
  let pageLive = false;
  let replaying = false;
  let stopped = false;
  /** @type {{ part: Element, wake: () => void }[]} */
  let sleepers = [];

  /** @param {Element | null} part an island's wrapper, or null for the page */
  function isLive(part) {
    return part ? liveParts.indexOf(part) >= 0 : pageLive;
  }

  /** @param {Event} event */
  function hold(event) {
    const target = event.target;
    if (stopped || replaying || !(target instanceof Element)) return;
    const control = target.closest(CONTROLS);
    if (!control || control.matches(':disabled')) return;
    const link = target.closest('a[href]');
    if (link && control.contains(link)) return;
    if (event.type === 'keydown') {
      const key = /** @type {KeyboardEvent} */ (event).key;
      // A native control's Enter and Space come as a click, held as such; the others act on their own keys.
      if (control.matches('button,input') || target !== control) return;
      if (key !== 'Enter' && !(key === ' ' && control.matches('[role]'))) return;
    }
    const part = control.closest('[data-island]');
    if (isLive(part)) return;
    event.preventDefault();
    event.stopPropagation();
    held.push({ event: event, target: target, control: control, part: part });
    control.setAttribute(PENDING, '');
    if (part)
      sleepers = sleepers.filter(function (sleeper) {
        if (sleeper.part !== part) return true;
        sleeper.wake();
        return false;
      });
  }

  /** The same event again, as the browser would dispatch it. @param {Event} event */
  function again(event) {
    if (event.type === 'keydown') {
      const key = /** @type {KeyboardEvent} */ (event);
      return new KeyboardEvent('keydown', {
        key: key.key,
        code: key.code,
        location: key.location,
        repeat: key.repeat,
        ctrlKey: key.ctrlKey,
        shiftKey: key.shiftKey,
        altKey: key.altKey,
        metaKey: key.metaKey,
        bubbles: true,
        cancelable: true,
        composed: true,
      });
    }
    const mouse = /** @type {MouseEvent} */ (event);
    return new MouseEvent('click', {
      detail: mouse.detail,
      screenX: mouse.screenX,
      screenY: mouse.screenY,
      clientX: mouse.clientX,
      clientY: mouse.clientY,
      button: mouse.button,
      ctrlKey: mouse.ctrlKey,
      shiftKey: mouse.shiftKey,
      altKey: mouse.altKey,
      metaKey: mouse.metaKey,
      bubbles: true,
      cancelable: true,
      composed: true,
    });
  }

  /**
   * Replays the first held event whose part is live, and the next one in a microtask: after React has rendered what
   * the first did (it does so for a tap in a microtask of its own, queued while the tap ran), so each sees what the
   * one before it did, and none waits for a task of its own.
   */
  function replay() {
    let i = 0;
    while (i < held.length && !isLive(held[i].part)) i += 1;
    if (i === held.length) return;
    const next = held.splice(i, 1)[0];
    const control = next.control;
    if (!held.some((other) => other.control === control)) control.removeAttribute(PENDING);
    if (next.target.isConnected) {
      replaying = true;
      try {
        next.target.dispatchEvent(again(next.event));
      } finally {
        replaying = false;
      }
    }
    Promise.resolve().then(replay);
  }

  /** Stops holding and forgets what is held (the app could not start): the page stays as printed. */
  function release() {
    stopped = true;
    held.forEach((h) => h.control.removeAttribute(PENDING));
    held = [];
    sleepers = [];
  }

  window.addEventListener('click', hold, true);
  window.addEventListener('keydown', hold, true);
  window.rosieEvents = {
    live: function (part) {
      if (!part) pageLive = true;
      else if (liveParts.indexOf(part) < 0) liveParts.push(part);
      if (performance.mark) performance.mark(`live:${part ? part.getAttribute('data-island') : 'page'}`);
      // In a task of its own: what the app starts at once when it is live comes first (it reads the saved favorites
      // in a task queued now, and a tap on a heart must not be overwritten by them).
      setTimeout(replay, 0);
    },
    onHold: function (part, wake) {
      if (held.some((h) => h.part === part)) wake();
      else sleepers.push({ part: part, wake: wake });
    },
    release: release,
  };

  const manifest = script.getAttribute('data-manifest');
  const preload = (script.getAttribute('data-preload') || '').split(' ').filter(Boolean);
  const fetched = (script.getAttribute('data-fetch') || '').split(' ').filter(Boolean);

  let started = false;
  function load() {
    if (started) return;
    started = true;
    /** @param {string} rel @param {string} href @param {string} [as] */
    const link = (rel, href, as) => {
      const tag = document.createElement('link');
      tag.rel = rel;
      tag.href = href;
      if (as) {
        tag.setAttribute('as', as);
        tag.crossOrigin = 'anonymous';
      }
      document.head.appendChild(tag);
    };
    fetched.forEach((href) => link('preload', href, 'fetch'));
    preload.forEach((href) => link('modulepreload', href));
    if (manifest) link('manifest', manifest);
    const entry = document.createElement('script');
    entry.type = 'module';
    entry.src = app;
    // Without its code the page stays as printed: taps are no longer held (links work; controls wait as before).
    entry.onerror = release;
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
