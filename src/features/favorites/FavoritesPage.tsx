// /favorites: your favorite tracks in album order, a Share link, and (from a shared link) someone else's list
// with one action to add it to yours. Saved favorites and the URL's query are read only after mount.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useTracks } from '../../content/catalog-store.tsx';
import type { Track } from '../../content/schema.ts';
import { useFavoritesT } from './favorites-messages.ts';
import { absoluteUrl } from '../../lib/share.ts';
import { ShareButton } from '../../ui/ShareButton.tsx';
import { FavoritesList } from './FavoritesList.tsx';
import { useFavorites } from './favorites-store.ts';
import { sharedFavoritesPath } from './shared-link.ts';
import { SharedFavorites } from './SharedFavorites.tsx';
import { useFavoritesReady } from './use-favorites.ts';
import './favorites.css';

export interface FavoritesPageProps {
  /** This page's path in the current language ("/favorites", "/ko/favorites"). */
  pagePath: string;
  albumHref: string;
  trackHref: (track: Track) => string;
}

export function FavoritesPage({ pagePath, albumHref, trackHref }: FavoritesPageProps) {
  const t = useFavoritesT();
  const tracks = useTracks();
  const ready = useFavoritesReady();
  const saved = useFavorites((s) => s.slugs);
  // Album order, known tracks only: a slug the data no longer has stays saved but is not shown.
  const favorites = tracks.filter((track) => saved.includes(track.slug));
  // A removed row takes its focused heart with it: hand focus to the summary that now says what is left.
  const countLine = useRef<HTMLParagraphElement>(null);
  const emptyHeading = useRef<HTMLHeadingElement>(null);
  const [removals, setRemovals] = useState(0);
  useEffect(() => {
    if (removals > 0) (countLine.current ?? emptyHeading.current)?.focus();
  }, [removals]);

  const empty = ready && favorites.length === 0;
  return (
    // Pending (saved favorites not read yet): the empty state and "Loading" are both prerendered, and CSS shows
    // the one public/start.js chose before first paint, so nobody with favorites ever sees "none yet".
    <div className={ready ? 'favorites-page' : 'favorites-page favorites-page--pending'}>
      <h1>{t.heading}</h1>
      <SharedFavorites pagePath={pagePath} trackHref={trackHref} />
      {(!ready || empty) && (
        <section className="favorites-empty" aria-labelledby="favorites-empty-title">
          <h2 id="favorites-empty-title" ref={emptyHeading} tabIndex={-1}>
            {t.emptyTitle}
          </h2>
          <p>{t.emptyBody}</p>
          <p>
            <Link href={albumHref} className="button">
              {t.emptyLink}
            </Link>
          </p>
        </section>
      )}
      {!ready && <p className="favorites-page__loading">{t.loading}</p>}
      {ready && !empty && (
        <>
          <p className="favorites-page__count" ref={countLine} tabIndex={-1}>
            {t.count(favorites.length)}
          </p>
          <FavoritesList
            tracks={favorites}
            trackHref={trackHref}
            withToggle
            onRemoved={() => setRemovals((n) => n + 1)}
          />
          <ShareButton
            labels={{ share: t.share, copied: t.copied, manual: t.manual }}
            target={() => ({
              url: absoluteUrl(
                sharedFavoritesPath(
                  pagePath,
                  favorites.map((f) => f.slug),
                ),
              ),
              title: t.shareTitle,
            })}
          />
        </>
      )}
    </div>
  );
}
