// The pages other than the album load their code on demand, so a first visit of / does not carry it (nor the
// messages of the other languages). What a path needs is loaded before the router moves there (`aroundNav` in
// App.tsx) and before hydration (src/boot.tsx), so a page renders at once. Only when that load failed (offline,
// before the service worker holds the files) does a page wait, or say it could not open, with a way to retry.
import { Component, use, useState, type ComponentType, type ReactNode } from 'react';
import { LOCALE, loadMessages } from '../i18n/i18n.tsx';
import { LANG_TAGS } from '../i18n/languages.ts';
import { prepareDateFormats } from '../lib/format-date.ts';
import { onDemand, type OnDemand } from '../lib/on-demand.ts';
import { preloadIslands } from '../lib/island.tsx';
import { splitLocale } from './paths.ts';

const trackCode = onDemand(() => import('./TrackRoute.tsx').then((module) => module.TrackRoute));
const favoritesCode = onDemand(() => import('./FavoritesRoute.tsx').then((module) => module.FavoritesRoute));
const rankCode = onDemand(() => import('./RankRoute.tsx').then((module) => module.RankRoute));

/** The code a page's path (in the app, with its language: "/ko/track/apt") needs. */
function codeFor(location: string): Promise<unknown> {
  const { lang, path } = splitLocale(location);
  const page = path.startsWith('/track/')
    ? trackCode
    : /^\/favorites\/?$/.test(path)
      ? favoritesCode
      : /^\/rank\/?$/.test(path)
        ? rankCode
        : null;
  return Promise.all([loadMessages(lang), page?.load()]);
}

/**
 * Builds, before hydration starts, what the first render of a path's page would otherwise build while hydrating: the
 * album and track pages show calendar dates, and the first date formatter is the costly one (src/lib/format-date.ts).
 */
export function prepareFirstRender(location: string): void {
  const { lang, path } = splitLocale(location);
  if (path === '/' || path.startsWith('/track/')) prepareDateFormats(LOCALE[lang]);
}

/** Loads what a path needs; never fails (a page whose code is missing says so itself). */
export const preparePath = (location: string): Promise<void> =>
  codeFor(location).then(
    () => undefined,
    () => undefined,
  );

/** Everything that loads on demand: the prerender (and the tests) render every page at once. */
export const prepareEverything = (): Promise<unknown> =>
  Promise.all([
    preloadIslands(),
    ...LANG_TAGS.map(loadMessages),
    trackCode.load(),
    favoritesCode.load(),
    rankCode.load(),
  ]);

function page<P extends object>(code: OnDemand<ComponentType<P>>): ComponentType<P> {
  function Deferred(props: P) {
    const Page = use(code.latest());
    return <Page {...props} />;
  }
  return function OnDemandPage(props: P) {
    // Chosen once per mount: switching type later would remount the page.
    const [Page] = useState<ComponentType<P>>(() => code.current() ?? Deferred);
    return <Page {...props} />;
  };
}

export const TrackRoute = page(trackCode);
export const FavoritesRoute = page(favoritesCode);
export const RankRoute = page(rankCode);

interface PageLoadBoundaryProps {
  /** The path shown: a new one clears the failure. */
  path: string;
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

interface PageLoadState {
  failed: boolean;
  path: string;
}

/** Shows `fallback` instead of a page whose code failed to load (instead of an empty screen); its retry loads the
 * page's code again, then shows the page. */
export class PageLoadBoundary extends Component<PageLoadBoundaryProps, PageLoadState> {
  state: PageLoadState = { failed: false, path: this.props.path };

  static getDerivedStateFromError(): Partial<PageLoadState> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: PageLoadBoundaryProps, state: PageLoadState): PageLoadState | null {
    return props.path === state.path ? null : { failed: false, path: props.path };
  }

  retry = () => {
    const { path } = this.state;
    void preparePath(path).then(() => {
      if (this.state.path === path) this.setState({ failed: false });
    });
  };

  render() {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback(this.retry);
  }
}
