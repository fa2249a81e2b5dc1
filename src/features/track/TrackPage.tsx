// One track: number, title, duration, featured artist, Share (and the favorite toggle the app passes in), the note
// and quotes, credits with sources, where to listen, and previous/next.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Track } from '../../content/schema.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useTrackT } from './track-messages.ts';
import { absoluteUrl } from '../../lib/share.ts';
import { Duration } from '../../ui/Duration.tsx';
import { ShareButton } from '../../ui/ShareButton.tsx';
import { SharedTitle, trackTitleLayoutId } from '../../ui/SharedTitle.tsx';
import { ListenLinks } from './ListenLinks.tsx';
import { TrackCredits } from './TrackCredits.tsx';
import { TrackWords } from './TrackWords.tsx';
import './track.css';

interface TrackPageProps {
  track: Track;
  previous: Track | null;
  next: Track | null;
  /** The in-app path of a track's page (the app decides routes and language). */
  trackHref: (track: Track) => string;
  albumHref: string;
  /** Extra controls (the favorite toggle) passed in by the app. */
  actions?: ReactNode;
}

export function TrackPage({ track, previous, next, trackHref, albumHref, actions }: TrackPageProps) {
  const t = useT();
  const m = useTrackT();
  return (
    <article className="track-page" aria-labelledby="track-title">
      <header className="track-page__header">
        <p className="track-page__number">{t.album.trackNumber(track.number)}</p>
        <h1 id="track-title" className="track-page__title">
          <SharedTitle layoutId={trackTitleLayoutId(track.slug)} className="track-page__title-text">
            {track.title}
          </SharedTitle>
        </h1>
        {track.featuring && <p className="track-page__featuring">{t.album.featuring(track.featuring)}</p>}
        <p className="track-page__duration">
          <span className="track-page__label">{m.duration}</span>{' '}
          <Duration duration={track.duration} unknownLabel={t.album.durationUnknown} />
        </p>
        <div className="track-page__actions">
          {actions}
          <ShareButton
            // Read on click, from the live location: the page's own origin and base, never the build's SITE_URL.
            target={() => ({
              url: absoluteUrl(trackHref(track)),
              title: t.meta.trackTitle(track.title),
              text: m.shareText(track.number, track.title),
            })}
            labels={t.share}
          />
        </div>
      </header>
      <TrackWords track={track} />
      <TrackCredits track={track} />
      <ListenLinks track={track} />
      <nav className="track-page__pager" aria-label={m.pagerLabel}>
        {previous ? (
          <Link href={trackHref(previous)} rel="prev" className="track-page__prev">
            <span className="track-page__pager-hint">{m.previous}</span> {previous.title}
          </Link>
        ) : (
          <span />
        )}
        <Link href={albumHref} className="track-page__album">
          {m.backToAlbum}
        </Link>
        {next ? (
          <Link href={trackHref(next)} rel="next" className="track-page__next">
            <span className="track-page__pager-hint">{m.next}</span> {next.title}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </article>
  );
}
