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
import { DEFAULT_LANG, LANGUAGES, type Lang } from './i18n/languages.ts';

export { parseContent };

/** Loads what the browser loads on demand (islands, pages, other languages), so that `render` renders every page
 * at once. */
export function prepare(): Promise<unknown> {
  return prepareEverything();
}

export interface PrerenderRoute {
  route: RouteId;
  lang: Lang;
  /** Path within the app ("/ko/track/apt"); "/404" for the not-found page. */
  path: string;
  /** Open Graph locale ("ko_KR"). */
  ogLocale: string;
  /** The same page in every language, then "x-default" for the default language's (none for the not-found page). */
  alternates: { hreflang: string; path: string }[];
}

/** Every page the build writes as its own HTML file. */
export function prerenderRoutes(content: Content): PrerenderRoute[] {
  const routes: PrerenderRoute[] = [];
  for (const { tag: lang, ogLocale } of LANGUAGES) {
    const page = (route: RouteId, path: string) => {
      const alternates: PrerenderRoute['alternates'] = LANGUAGES.map(({ tag }) => ({
        hreflang: tag,
        path: localePath(tag, path),
      }));
      alternates.push({ hreflang: 'x-default', path: localePath(DEFAULT_LANG, path) });
      routes.push({ route, lang, path: localePath(lang, path), ogLocale, alternates });
    };
    page({ kind: 'album' }, paths.album());
    for (const t of content.tracks) page({ kind: 'track', slug: t.slug }, paths.track(t.slug));
    page({ kind: 'favorites' }, paths.favorites());
    page({ kind: 'rank' }, paths.rank());
  }
  const { ogLocale } = LANGUAGES.find(({ tag }) => tag === DEFAULT_LANG)!;
  routes.push({ route: { kind: 'not-found' }, lang: DEFAULT_LANG, path: '/404', ogLocale, alternates: [] });
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
