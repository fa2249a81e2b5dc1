// Per-route head data (title, description, canonical path, share image): used by the prerender step and the client.
import type { Content } from '../content/schema.ts';
import { messagesFor, type Lang } from '../i18n/i18n.tsx';
import { localePath, paths } from './paths.ts';

export interface PageMeta {
  title: string;
  description: string;
  /** Path within the app, with language prefix, without the base ("/ko/track/apt"). */
  path: string;
  /** Share image path within the app ("/og/apt.png"). */
  image: string;
  imageAlt: string;
  /** The site's name in the page's language (og:site_name). */
  siteName: string;
}

export type RouteId =
  | { kind: 'album' }
  | { kind: 'track'; slug: string }
  | { kind: 'favorites' }
  | { kind: 'rank' }
  | { kind: 'not-found' };

export function pageMeta(route: RouteId, content: Content, lang: Lang): PageMeta {
  const m = messagesFor(lang).meta;
  /** A page shared with the album's image. */
  const withAlbumImage = (title: string, description: string, path: string): PageMeta => ({
    title,
    description,
    path,
    image: '/og/album.png',
    imageAlt: messagesFor(lang).album.coverAlt,
    siteName: m.siteName,
  });
  switch (route.kind) {
    case 'album':
      return withAlbumImage(m.albumTitle, m.albumDescription, localePath(lang, paths.album()));
    case 'favorites':
      return withAlbumImage(m.favoritesTitle, m.favoritesDescription, localePath(lang, paths.favorites()));
    case 'rank':
      return {
        title: m.rankTitle,
        description: m.rankDescription,
        path: localePath(lang, paths.rank()),
        image: '/og/rank.png',
        imageAlt: messagesFor(lang).rank.cardAlt,
        siteName: m.siteName,
      };
    case 'not-found':
      return withAlbumImage(m.notFoundTitle, m.albumDescription, '/404');
    case 'track': {
      const track = content.tracks.find((t) => t.slug === route.slug);
      if (!track) return pageMeta({ kind: 'not-found' }, content, lang);
      return {
        title: m.trackTitle(track.title),
        description: m.trackDescription(track.number, track.title, track.duration ?? ''),
        path: localePath(lang, paths.track(track.slug)),
        image: `/og/${track.slug}.png`,
        imageAlt: messagesFor(lang).track.shareImageAlt(track.number, track.title),
        siteName: m.siteName,
      };
    }
  }
}
