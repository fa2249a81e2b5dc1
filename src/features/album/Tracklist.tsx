// The tracklist: 12 tracks in official order with durations and the album's total runtime.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { Track } from '../../content/schema.ts';
import { formatSeconds, totalRuntime } from '../../lib/duration.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Duration } from '../../ui/Duration.tsx';

interface TracklistProps {
  tracks: readonly Track[];
  /** The href for a track's page (the app decides routes and language). */
  trackHref: (track: Track) => string;
  /** Extra controls per row, e.g. the favorite toggle, passed in by the app. */
  renderActions?: (track: Track) => ReactNode;
}

export function Tracklist({ tracks, trackHref, renderActions }: TracklistProps) {
  const t = useT();
  const runtime = totalRuntime(tracks);
  return (
    <section className="tracklist" aria-labelledby="tracklist-heading">
      <h2 id="tracklist-heading">{t.album.tracklistHeading}</h2>
      <ol className="tracklist__list">
        {tracks.map((track) => (
          <li key={track.slug} className="track-row">
            <span className="track-row__number" aria-hidden="true">
              {track.number}
            </span>
            <Link href={trackHref(track)} className="track-row__link">
              <span className="track-row__title">{track.title}</span>
              {track.featuring && (
                <span className="track-row__featuring">{t.album.featuring(track.featuring)}</span>
              )}
            </Link>
            <span className="track-row__duration">
              <Duration duration={track.duration} unknownLabel={t.album.durationUnknown} />
            </span>
            {renderActions && <span className="track-row__actions">{renderActions(track)}</span>}
          </li>
        ))}
      </ol>
      <p className="tracklist__total">
        {t.album.tracks(tracks.length)} · {t.album.runtime}{' '}
        <span className="tabular">{formatSeconds(runtime.seconds)}</span>
        {runtime.unknown > 0 && <> ({t.album.runtimeUnknown(runtime.unknown)})</>}
      </p>
    </section>
  );
}
