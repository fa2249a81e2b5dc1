// The home page: cover, album facts, the countdown, the tracklist and the timeline, composed from the features.
import { useAlbum, useTracks } from '../content/catalog-store.tsx';
import { AlbumCover } from '../features/album/AlbumCover.tsx';
import { Tracklist } from '../features/album/Tracklist.tsx';
import { CountdownTimer } from '../features/countdown/CountdownTimer.tsx';
import { Timeline } from '../features/countdown/Timeline.tsx';
import { FavoriteButton } from '../features/favorites/FavoriteButton.tsx';
import { QuoteCarousel } from '../features/quotes/QuoteCarousel.tsx';
import { LOCALE, useLang, useT } from '../i18n/i18n.tsx';
import { formatCalendarDate } from '../lib/format-date.ts';
import { localePath, paths } from './paths.ts';

export function AlbumPage() {
  const album = useAlbum();
  const tracks = useTracks();
  const t = useT();
  const lang = useLang();
  return (
    <div className="album-page">
      <section className="album-hero" aria-labelledby="album-title">
        <AlbumCover alt={t.album.coverAlt} />
        <div className="album-hero__text">
          <h1 id="album-title" className="album-title">
            {album.title}
          </h1>
          <p className="album-artist">
            {album.artist} <span className="album-artist__note">{album.artistNote}</span>
          </p>
          <dl className="album-facts">
            <div>
              <dt>{t.album.released}</dt>
              <dd>
                <time dateTime={album.release.date}>
                  {formatCalendarDate(album.release.date, LOCALE[lang])}
                </time>
              </dd>
            </div>
            <div>
              <dt>{t.album.labels}</dt>
              <dd>{album.labels.join(', ')}</dd>
            </div>
          </dl>
        </div>
      </section>
      <CountdownTimer />
      <Tracklist
        tracks={tracks}
        trackHref={(track) => localePath(lang, paths.track(track.slug))}
        renderActions={(track) => <FavoriteButton slug={track.slug} title={track.title} />}
      />
      <QuoteCarousel trackHref={(slug) => localePath(lang, paths.track(slug))} />
      <Timeline />
    </div>
  );
}
