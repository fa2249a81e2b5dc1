// One track: number, title, duration, featured artist, credits with sources, the note, previous/next.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Credit, Track } from '../../content/schema.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Duration } from '../../ui/Duration.tsx';
import { SharedTitle, trackTitleLayoutId } from '../../ui/SharedTitle.tsx';

interface TrackPageProps {
  track: Track;
  previous: Track | null;
  next: Track | null;
  trackHref: (track: Track) => string;
  albumHref: string;
  /** Extra controls (favorite toggle, share) passed in by the app. */
  actions?: ReactNode;
}

export function TrackPage({ track, previous, next, trackHref, albumHref, actions }: TrackPageProps) {
  const t = useT();
  return (
    <article className="track-page" aria-labelledby="track-title">
      <p className="track-page__number">{t.album.trackNumber(track.number)}</p>
      <h1 id="track-title" className="track-page__title">
        <SharedTitle layoutId={trackTitleLayoutId(track.slug)} className="track-page__title-text">
          {track.title}
        </SharedTitle>
      </h1>
      {track.featuring && <p className="track-page__featuring">{t.album.featuring(track.featuring)}</p>}
      <p className="track-page__duration">
        <Duration duration={track.duration} unknownLabel={t.album.durationUnknown} />
      </p>
      {actions && <div className="track-page__actions">{actions}</div>}
      {track.note && (
        <section className="track-page__note">
          <p>{track.note.text}</p>
        </section>
      )}
      <CreditList label={t.album.writers} credit={track.writers} />
      <CreditList label={t.album.producers} credit={track.producers} />
      <nav className="track-page__pager" aria-label={t.album.trackNav}>
        {previous && <Link href={trackHref(previous)}>← {previous.title}</Link>}
        <Link href={albumHref}>{t.track.backToAlbum}</Link>
        {next && <Link href={trackHref(next)}>{next.title} →</Link>}
      </nav>
    </article>
  );
}

function CreditList({ label, credit }: { label: string; credit: Credit | null }) {
  const t = useT();
  return (
    <section className="credits">
      <h2>{label}</h2>
      {credit ? (
        <p>
          {credit.names.join(', ')}{' '}
          <span className="credits__sources">
            ({t.common.sourceLabel}:{' '}
            {credit.sources.map((id) => (
              <a key={id} href={`#source-${id}`}>
                {id}
              </a>
            ))}
            {credit.confidence === 'secondary' && `, ${t.common.secondary}`})
          </span>
        </p>
      ) : (
        <p>{t.common.unverified}</p>
      )}
    </section>
  );
}
