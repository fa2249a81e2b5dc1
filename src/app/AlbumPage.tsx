// The home page: cover and album facts first; the countdown, the tracklist, her words, the album's story and the
// timeline below, the sections loading as they near the screen (src/app/album-sections.tsx).
import { useAlbum } from '../content/catalog-store.tsx';
import { useLocalized } from '../content/localized.ts';
import { AlbumCover } from '../features/album/AlbumCover.tsx';
import { LOCALE, useLang, useT } from '../i18n/i18n.tsx';
import { formatCalendarDate } from '../lib/format-date.ts';
import { Sourced } from '../ui/Sourced.tsx';
import { CountdownSection, QuotesSection, TimelineSection, TracklistSection } from './album-sections.tsx';

export function AlbumPage() {
  const album = useAlbum();
  const t = useT();
  const lang = useLang();
  const localized = useLocalized();
  return (
    <div className="album-page">
      <section className="album-hero" aria-labelledby="album-title">
        <AlbumCover alt={t.album.coverAlt} />
        <div className="album-hero__text">
          <h1 id="album-title" className="album-title">
            {album.title}
          </h1>
          <p className="album-artist">
            {album.artist} <span className="album-artist__note">{localized(album.artistNote)}</span>
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
      <CountdownSection />
      <TracklistSection />
      <QuotesSection />
      <section className="album-story" aria-labelledby="album-story-heading">
        <h2 id="album-story-heading">{t.album.about}</h2>
        <ul className="album-story__list">
          {album.story.map((note, i) => (
            <li key={i}>
              {localized(note.text)}{' '}
              <span className="album-story__sources">
                <Sourced sources={note.sources} confidence={note.confidence} />
              </span>
            </li>
          ))}
        </ul>
      </section>
      <TimelineSection />
    </div>
  );
}
