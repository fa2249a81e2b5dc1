// /favorites — the favorites page with this language's links.
import { FavoritesPage } from '../features/favorites/FavoritesPage.tsx';
import { useLang } from '../i18n/i18n.tsx';
import { localePath, paths } from './paths.ts';

export function FavoritesRoute() {
  const lang = useLang();
  return (
    <FavoritesPage
      pagePath={localePath(lang, paths.favorites())}
      albumHref={localePath(lang, paths.album())}
      trackHref={(track) => localePath(lang, paths.track(track.slug))}
    />
  );
}
