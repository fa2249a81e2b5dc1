// From a shared link ("/favorites?shared=apt,gameboy"): someone else's list, what was ignored, and ONE action
// to add it to yours. Nothing is added without that click. The query is read only after mount (prerendered page).
import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { useTracks } from '../../content/catalog-store.tsx';
import type { Track } from '../../content/schema.ts';
import { useFavoritesT } from './favorites-messages.ts';
import { FavoritesList } from './FavoritesList.tsx';
import { useFavorites } from './favorites-store.ts';
import { parseSharedFavorites } from './shared-link.ts';
import { useHydrated } from '../../ui/use-hydrated.ts';
import { useFavoritesReady } from './use-favorites.ts';

interface SharedFavoritesProps {
  pagePath: string;
  trackHref: (track: Track) => string;
}

export function SharedFavorites({ pagePath, trackHref }: SharedFavoritesProps) {
  const t = useFavoritesT();
  const tracks = useTracks();
  const mounted = useHydrated();
  const search = useSearch();
  const ready = useFavoritesReady();
  const saved = useFavorites((s) => s.slugs);
  const addAll = useFavorites((s) => s.addAll);
  const [, navigate] = useLocation();
  const [added, setAdded] = useState<number | null>(null);
  const shared = mounted ? parseSharedFavorites(search, tracks) : null;

  return (
    <>
      <p className="favorites-page__status" role="status">
        {added !== null && t.added(added)}
      </p>
      {shared && (
        <section className="favorites-shared" aria-labelledby="favorites-shared-title">
          <h2 id="favorites-shared-title">{t.sharedHeading}</h2>
          {shared.slugs.length > 0 ? <p>{t.sharedIntro(shared.slugs.length)}</p> : <p>{t.sharedEmpty}</p>}
          {shared.ignored > 0 && (
            <p className="favorites-shared__ignored">{t.sharedIgnored(shared.ignored)}</p>
          )}
          {shared.slugs.length > 0 && (
            <>
              <FavoritesList
                tracks={tracks.filter((track) => shared.slugs.includes(track.slug))}
                trackHref={trackHref}
              />
              {ready && shared.slugs.every((slug) => saved.includes(slug)) ? (
                <p>{t.allAdded}</p>
              ) : (
                <button
                  type="button"
                  className="button"
                  disabled={!ready}
                  onClick={() => {
                    setAdded(shared.slugs.filter((slug) => !saved.includes(slug)).length);
                    addAll(shared.slugs);
                    navigate(pagePath, { replace: true });
                  }}
                >
                  {t.addShared}
                </button>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
