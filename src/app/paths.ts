// Route paths, in one place: every link and the prerender step build URLs from these.
import { DEFAULT_LANG, LANGUAGES, type Lang } from '../i18n/languages.ts';

export const paths = {
  album: () => '/',
  track: (slug: string) => `/track/${slug}`,
  favorites: () => '/favorites',
  rank: () => '/rank',
} as const;

/** The path in the given language: under the language's prefix ("/ko/track/apt"), or at the root for the default
 * language. */
export function localePath(lang: Lang, path: string): string {
  const { prefix } = LANGUAGES.find((language) => language.tag === lang)!;
  if (prefix === '') return path;
  return path === '/' ? `/${prefix}/` : `/${prefix}${path}`;
}

/** Splits a router location ("/ko/track/apt") into its language and the path within it ("/track/apt"). */
export function splitLocale(location: string): { lang: Lang; path: string } {
  for (const { tag, prefix } of LANGUAGES) {
    const root = `/${prefix}`;
    if (prefix !== '' && (location === root || location.startsWith(`${root}/`)))
      return { lang: tag, path: location.slice(root.length) || '/' };
  }
  return { lang: DEFAULT_LANG, path: location };
}

/** "/track/apt/" and "/track/apt" are one page. */
export function samePath(a: string, b: string): boolean {
  const trim = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  return trim(a) === trim(b);
}

/** The router's base: Vite's BASE_URL ("/" or "/rosie/") without its trailing slash. */
export const routerBase = import.meta.env.BASE_URL.replace(/\/$/, '');

/** A URL path from the site's root ("/rosie/ko/track/apt?x#y") as a path in the app ("/ko/track/apt"). */
export function appPath(rootPath: string): string {
  const path = rootPath.split(/[?#]/)[0]!;
  return (path.startsWith(routerBase) ? path.slice(routerBase.length) : path) || '/';
}
