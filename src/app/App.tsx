// The app: providers, the router and the routes. Features are composed here and nowhere else.
import { QueryClientProvider, useQuery, type QueryClient } from '@tanstack/react-query';
import { Route, Router, Switch, useLocation } from 'wouter';
import { CatalogProvider, useCatalog } from '../content/catalog-store.tsx';
import { contentQuery } from '../content/content-query.ts';
import { LangProvider, type Lang } from '../i18n/i18n.tsx';
import { AlbumPage } from './AlbumPage.tsx';
import { ContentGate } from './ContentGate.tsx';
import { MotionProvider } from './MotionProvider.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { routerBase, splitLocale } from './paths.ts';
import { pageMeta, type RouteId } from './seo.ts';
import { Shell } from './Shell.tsx';
import { TrackRoute } from './TrackRoute.tsx';
import { useDocumentHead } from './use-document-head.ts';

interface AppProps {
  queryClient: QueryClient;
  /** The path to render on the server (prerender); the browser's location otherwise. */
  ssrPath?: string;
}

export function App({ queryClient, ssrPath }: AppProps) {
  return (
    <QueryClientProvider client={queryClient}>
      <MotionProvider>
        <Router base={routerBase} ssrPath={ssrPath}>
          <LocalizedApp />
        </Router>
      </MotionProvider>
    </QueryClientProvider>
  );
}

function LocalizedApp() {
  const [location] = useLocation();
  const { lang, path } = splitLocale(location);
  const { data } = useQuery(contentQuery);
  return (
    <LangProvider lang={lang}>
      <CatalogProvider content={data ?? null}>
        <Shell>
          <ContentGate>
            <Routes path={path} lang={lang} />
          </ContentGate>
        </Shell>
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
        <h1>Favorites</h1>
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
