// Islands: sections below the fold whose code loads, and whose prerendered HTML hydrates, only when they are needed:
// when they come near the screen, at the first sign of a person (a pointer, a key, a touch, a scroll), or when an
// update has to pass through them (a change of language, say). Until then React keeps their server HTML as it is
// (readable, links working), so a first visit downloads and runs only what the first screen needs. A tap on one of
// its controls before it is live is held by the page's one queue of early events (public/start.js), which wakes the
// island at once and replays the tap once the island says it is live. Pages rendered in the browser (a client-side
// navigation) load their islands at once.
import { memo, Suspense, use, useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { onHeldTap, partIsLive } from './early-events.ts';
import { firstInteraction } from './first-interaction.ts';
import { onDemand } from './on-demand.ts';

type Loader = () => Promise<ComponentType>;

const registry: (() => Promise<ComponentType>)[] = [];

/**
 * A section (a component without props, so nothing from its parent can disturb its prerendered HTML while it
 * waits) that loads when needed. `name` marks its wrapper in the HTML.
 */
export function island(name: string, load: Loader): ComponentType {
  const code = onDemand(load);
  const preload = code.load;
  registry.push(preload);

  let wake: () => void = () => undefined;
  let waiting: Promise<ComponentType> | undefined;
  /** The section's code, once it is needed. Asked again while it is still on its way, it is needed now. */
  const request = (): Promise<ComponentType> => {
    if (waiting) {
      // A second render while still waiting means an update has to pass through this section: load it now.
      wake();
      return waiting;
    }
    waiting = Promise.race([
      new Promise<void>((resolve) => (wake = resolve)),
      nearScreen(name),
      firstInteraction(),
    ]).then(() => loadWhenOnline(preload));
    return waiting;
  };

  /** Renders the section once its code is here; React keeps the server HTML while this suspends. */
  function Deferred() {
    const Section = use(request());
    // One component per island, resolved once: its identity never changes between renders.
    // eslint-disable-next-line react-hooks/static-components
    return <Section />;
  }

  function Island() {
    // Chosen once per mount: code already loaded (server, tests, later visits) renders directly; otherwise the
    // deferred section waits. Switching type later would remount the section and lose its state.
    const [Section] = useState<ComponentType>(() => code.current() ?? Deferred);
    const wrapper = useRef<HTMLDivElement>(null);
    const [isLive, setLive] = useState(false);

    // A tap held on the island before it is live means it is needed now.
    useEffect(() => onHeldTap(wrapper.current!, () => wake()), []);

    const onLive = useCallback(() => {
      partIsLive(wrapper.current!);
      setLive(true);
    }, []);

    return (
      <div ref={wrapper} className="island" data-island={name} data-live={isLive || undefined}>
        <Suspense fallback={null}>
          <Section />
          <Live onLive={onLive} />
        </Suspense>
      </div>
    );
  }
  Island.displayName = `Island(${name})`;
  return memo(Island);
}

/** Renders nothing; tells its island when the island's content is live (hydrated, or rendered). */
function Live({ onLive }: { onLive: () => void }) {
  useEffect(onLive, [onLive]);
  return null;
}

/**
 * Loads, and after a failure (offline, before the service worker holds the files) tries again each time the browser
 * is back online. It never rejects: a section whose code could not load keeps its prerendered HTML (readable, links
 * working) instead of taking the page down, and comes to life once the connection is back.
 */
function loadWhenOnline<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(
    () =>
      new Promise<T>((resolve) =>
        window.addEventListener('online', () => resolve(loadWhenOnline(load)), { once: true }),
      ),
  );
}

/** Loads every island's code: the prerender (and the tests) render them at once, like any component. */
export function preloadIslands(): Promise<unknown> {
  return Promise.all(registry.map((preload) => preload()));
}

/** Resolves when the island's prerendered wrapper comes near the screen; at once when there is none to wait for. */
function nearScreen(name: string): Promise<void> {
  const wrapper = document.querySelector(`[data-island="${name}"]`);
  if (!wrapper || typeof IntersectionObserver === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      // No margin: any scroll is an interaction, which wakes every island anyway; this is for the ones on screen.
      {},
    );
    observer.observe(wrapper);
  });
}
