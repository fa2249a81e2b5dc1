// /rank — the song sorter with this language's links, the favorites it can add to, and the cover it draws from.
import { CoverArt } from '../features/album/CoverArt.tsx';
import { useFavorites } from '../features/favorites/favorites-store.ts';
import { RankPage } from '../features/rank/RankPage.tsx';
import { useLang } from '../i18n/i18n.tsx';
import { localePath, paths } from './paths.ts';

/** Adds the slugs to the favorites; how many were not there yet. */
function addToFavorites(slugs: readonly string[]): number {
  const before = useFavorites.getState().slugs;
  useFavorites.getState().addAll(slugs);
  return slugs.filter((slug) => !before.includes(slug)).length;
}

export function RankRoute() {
  const lang = useLang();
  return (
    <RankPage
      pagePath={localePath(lang, paths.rank())}
      trackHref={(track) => localePath(lang, paths.track(track.slug))}
      addToFavorites={addToFavorites}
      cover={<CoverArt idPrefix="rank-cover" />}
    />
  );
}
