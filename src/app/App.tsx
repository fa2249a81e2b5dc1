// The app: providers, the router and the routes. Features are composed here and nowhere else.
import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { Suspense, useEffect } from 'react';
import { Route, Router, Switch, useLocation, type AroundNavHandler } from 'wouter';
import { CatalogProvider, useCatalog } from '../content/catalog-store.tsx';
import { contentQuery } from '../content/content-query.ts';
import { FavoritesNotice } from '../features/favorites/FavoritesNotice.tsx';
import { useFavoritesSync } from '../features/favorites/use-favorites.ts';
import { AppVersion } from '../features/pwa/AppVersion.tsx';
import { InstallButton } from '../features/pwa/InstallButton.tsx';
import { OfflineBadge } from '../features/pwa/OfflineBadge.tsx';
import { PwaToasts } from '../features/pwa/PwaToasts.tsx';
import { LangProvider, useT, type Lang } from '../i18n/i18n.tsx';
import { AlbumPage } from './AlbumPage.tsx';
import { ContentGate } from './ContentGate.tsx';
import { pageIsLive } from '../lib/early-events.ts';
import { loadMotion } from '../ui/motion.ts';
import { preloadIslands } from '../lib/island.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { FavoritesRoute, PageLoadBoundary, preparePath, RankRoute, TrackRoute } from './pages.tsx';
import { appPath, routerBase, splitLocale } from './paths.ts';
import { pageMeta, type RouteId } from './seo.ts';
import { Shell } from './Shell.tsx';
import { useDocumentHead } from './use-document-head.ts';
import { useInitialLanguage } from './use-initial-language.ts';

interface AppProps {
  queryClient: QueryClient;
  /** The path to render on the server (prerender); the browser's location otherwise. */
  ssrPath?: string;
}

export function App({ queryClient, ssrPath }: AppProps) {
  useFavoritesSync();
  useMarkInteractive();
  return (
    <QueryClientProvider client={queryClient}>
      <Router base={routerBase} ssrPath={ssrPath} aroundNav={loadThenNavigate}>
        <LocalizedApp />
      </Router>
    </QueryClientProvider>
  );
}

function LocalizedApp() {
  const [location] = useLocation();
  const { lang, path } = splitLocale(location);
  const { data } = useQuery(contentQuery);
  useInitialLanguage();
  return (
    <LangProvider lang={lang}>
      <CatalogProvider content={data ?? null}>
        <Shell
          headerExtras={
            <>
              <OfflineBadge />
              <InstallButton />
            </>
          }
          footerExtras={<AppVersion />}
        >
          <FavoritesNotice />
          <ContentGate>
            <PageLoadBoundary path={location} fallback={(retry) => <PageLoadError retry={retry} />}>
              <Suspense fallback={<PageLoading />}>
                <Routes path={path} lang={lang} />
                <PageLive />
              </Suspense>
            </PageLoadBoundary>
          </ContentGate>
        </Shell>
        <PwaToasts finishLoading={loadDeferredCode} />
      </CatalogProvider>
    </LangProvider>
  );
}

function Routes({ path, lang }: { path: string; lang: Lang }) {
  return (
    <Switch location={path}>
      <Route path="/">
        <Head route={{ kind: 'album' }} lang={lang} />
        <AlbumPage />
      </Route>
      <Route path="/track/:slug">
        {(params) => (
          <>
            <Head route={{ kind: 'track', slug: params.slug }} lang={lang} />
            <TrackRoute slug={params.slug} />
          </>
        )}
      </Route>
      <Route path="/favorites">
        <Head route={{ kind: 'favorites' }} lang={lang} />
        <FavoritesRoute />
      </Route>
      <Route path="/rank">
        <Head route={{ kind: 'rank' }} lang={lang} />
        <RankRoute />
      </Route>
      <Route>
        <Head route={{ kind: 'not-found' }} lang={lang} />
        <NotFoundPage />
      </Route>
    </Switch>
  );
}

/** Everything the page loads later (its islands, the animation code), now. */
const loadDeferredCode = () => Promise.all([preloadIslands(), loadMotion()]);

/** The router moves once the code of the page it moves to is here (src/app/pages.tsx): pages never flash Loading. */
const loadThenNavigate: AroundNavHandler = (navigate, to, options) => {
  void preparePath(appPath(to)).then(() => navigate(to, options));
};

function PageLoading() {
  const t = useT();
  return (
    <div className="loading" aria-busy="true">
      <p className="visually-hidden">{t.common.loading}</p>
    </div>
  );
}

function PageLoadError({ retry }: { retry: () => void }) {
  const t = useT();
  return (
    <section className="load-error" role="alert" aria-labelledby="page-load-error-title">
      <h1 id="page-load-error-title">{t.common.pageLoadErrorTitle}</h1>
      <p>{t.common.loadErrorBody}</p>
      <button type="button" className="button" onClick={retry}>
        {t.common.retry}
      </button>
    </section>
  );
}

function Head({ route, lang }: { route: RouteId; lang: Lang }) {
  const content = useCatalog((s) => s.content);
  useDocumentHead(content ? pageMeta(route, content, lang).title : null, lang);
  return null;
}

/**
 * Says the page is live once the page's content has hydrated (a boundary of its own, which React hydrates after the
 * shell): the taps held since the first paint (public/start.js) are replayed then, on controls that are ready.
 */
function PageLive() {
  useEffect(pageIsLive, []);
  return null;
}

/**
 * Marks <html data-hydrated> once the app has hydrated (or rendered) in the browser: from then on every control
 * works. The app loads after first paint, so tests (and CSS, if ever needed) can tell the two moments apart.
 */
function useMarkInteractive() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
}
