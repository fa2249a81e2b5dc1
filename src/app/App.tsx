// The app: providers, the router and the routes. Features are composed here and nowhere else.
import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Route, Router, Switch, useLocation } from 'wouter';
import { CatalogProvider, useCatalog } from '../content/catalog-store.tsx';
import { contentQuery } from '../content/content-query.ts';
import { FavoritesNotice } from '../features/favorites/FavoritesNotice.tsx';
import { useFavoritesSync } from '../features/favorites/use-favorites.ts';
import { AppVersion } from '../features/pwa/AppVersion.tsx';
import { InstallButton } from '../features/pwa/InstallButton.tsx';
import { OfflineBadge } from '../features/pwa/OfflineBadge.tsx';
import { PwaToasts } from '../features/pwa/PwaToasts.tsx';
import { LangProvider, type Lang } from '../i18n/i18n.tsx';
import { AlbumPage } from './AlbumPage.tsx';
import { ContentGate } from './ContentGate.tsx';
import { FavoritesRoute } from './FavoritesRoute.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { routerBase, splitLocale } from './paths.ts';
import { pageMeta, type RouteId } from './seo.ts';
import { Shell } from './Shell.tsx';
import { TrackRoute } from './TrackRoute.tsx';
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
      <Router base={routerBase} ssrPath={ssrPath}>
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
            <Routes path={path} lang={lang} />
          </ContentGate>
        </Shell>
        <PwaToasts />
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
      <Route>
        <Head route={{ kind: 'not-found' }} lang={lang} />
        <NotFoundPage />
      </Route>
    </Switch>
  );
}

function Head({ route, lang }: { route: RouteId; lang: Lang }) {
  const content = useCatalog((s) => s.content);
  useDocumentHead(content ? pageMeta(route, content, lang).title : null, lang);
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
