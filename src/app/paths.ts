// Route paths, in one place: every link and the prerender step build URLs from these.
import type { Lang } from '../i18n/i18n.tsx';

export const paths = {
  album: () => '/',
  track: (slug: string) => `/track/${slug}`,
  favorites: () => '/favorites',
  rank: () => '/rank',
} as const;

/** The path in the given language: English at the root, Korean under /ko. */
export function localePath(lang: Lang, path: string): string {
  if (lang === 'en') return path;
  return path === '/' ? '/ko/' : `/ko${path}`;
}

/** Splits a router location ("/ko/track/apt") into its language and the path within it ("/track/apt"). */
export function splitLocale(location: string): { lang: Lang; path: string } {
  if (location === '/ko' || location.startsWith('/ko/'))
    return { lang: 'ko', path: location.slice(3) || '/' };
  return { lang: 'en', path: location };
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
