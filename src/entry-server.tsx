// Server entry for the prerender step: renders one route of the app to HTML from already-validated content.
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { App } from './app/App.tsx';
import { prepareEverything } from './app/pages.tsx';
import { createQueryClient } from './app/query-client.ts';
import { pageMeta, type PageMeta, type RouteId } from './app/seo.ts';
import { localePath, paths, routerBase } from './app/paths.ts';
import { contentQuery } from './content/content-query.ts';
import { parseContent, type Content } from './content/schema.ts';
import { CoverArt } from './features/album/CoverArt.tsx';
import { LANGS, type Lang } from './i18n/i18n.tsx';

export { parseContent };

/** Loads what the browser loads on demand (islands, pages, Korean), so that `render` renders every page at once. */
export function prepare(): Promise<unknown> {
  return prepareEverything();
}

export interface PrerenderRoute {
  route: RouteId;
  lang: Lang;
  /** Path within the app ("/ko/track/apt"); "/404" for the not-found page. */
  path: string;
}

/** Every page the build writes as its own HTML file. */
export function prerenderRoutes(content: Content): PrerenderRoute[] {
  const routes: PrerenderRoute[] = [];
  for (const lang of LANGS) {
    routes.push({ route: { kind: 'album' }, lang, path: localePath(lang, paths.album()) });
    for (const t of content.tracks)
      routes.push({
        route: { kind: 'track', slug: t.slug },
        lang,
        path: localePath(lang, paths.track(t.slug)),
      });
    routes.push({ route: { kind: 'favorites' }, lang, path: localePath(lang, paths.favorites()) });
    routes.push({ route: { kind: 'rank' }, lang, path: localePath(lang, paths.rank()) });
  }
  routes.push({ route: { kind: 'not-found' }, lang: 'en', path: '/404' });
  return routes;
}

export function render(page: PrerenderRoute, content: Content): { html: string; meta: PageMeta } {
  const queryClient = createQueryClient();
  queryClient.setQueryData(contentQuery.queryKey, content);
  const html = renderToString(<App queryClient={queryClient} ssrPath={routerBase + page.path} />);
  return { html, meta: pageMeta(page.route, content, page.lang) };
}

/** The cover artwork as a standalone SVG document (for share images, icons and screenshots). */
export function coverSvg(options: { lettering?: boolean } = {}): string {
  return renderToStaticMarkup(<CoverArt idPrefix="art" lettering={options.lettering ?? true} />);
}
