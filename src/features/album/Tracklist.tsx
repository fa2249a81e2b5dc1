// The tracklist: 12 tracks in official order with durations and the album's total runtime.
// Rows glide in when the list arrives on the client (not on the prerendered first paint); each title is a
// shared element that flies into the track page's heading.
import { m, useReducedMotion } from 'framer-motion';
import { memo, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { Track } from '../../content/schema.ts';
import { twoDigits } from '../../lib/digits.ts';
import { formatSeconds, totalRuntime } from '../../lib/duration.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Duration } from '../../ui/Duration.tsx';
import { MotionScope } from '../../ui/MotionScope.tsx';
import { MotionSharedTitle } from '../../ui/MotionSharedTitle.tsx';
import { trackTitleLayoutId } from '../../ui/SharedTitle.tsx';
import { useHydrated } from '../../ui/use-hydrated.ts';
import './album.css';

interface TracklistProps {
  tracks: readonly Track[];
  /** The href for a track's page (the app decides routes and language). */
  trackHref: (track: Track) => string;
  /** Extra controls per row, e.g. the favorite toggle, passed in by the app. */
  renderActions?: (track: Track) => ReactNode;
  /** Shown under the list, e.g. a link to rank the tracks, passed in by the app. */
  footer?: ReactNode;
}

const row = {
  hidden: { opacity: 0, y: 14 },
  shown: (i: number) => ({ opacity: 1, y: 0, transition: { delay: 0.025 * i, duration: 0.32 } }),
};
// Under reduced motion the rows only fade in: no movement at all.
const rowStill = {
  hidden: { opacity: 0 },
  shown: (i: number) => ({ opacity: 1, transition: { delay: 0.025 * i, duration: 0.32 } }),
};

export function Tracklist({ tracks, trackHref, renderActions, footer }: TracklistProps) {
  const t = useT();
  const runtime = totalRuntime(tracks);
  // False while the page hydrates (prerendered rows carry no inline style), true for a list the client adds later.
  // Kept as it was at mount: when hydration ends, this component renders again, but the rows (memoized) do not.
  const hydrated = useHydrated();
  const [enter] = useState(hydrated);
  return (
    <MotionScope>
      <section className="tracklist" aria-labelledby="tracklist-heading">
        <h2 id="tracklist-heading">{t.album.tracklistHeading}</h2>
        <TrackRows tracks={tracks} trackHref={trackHref} renderActions={renderActions} enter={enter} />
        <p className="tracklist__total">
          {t.album.tracks(tracks.length)} · {t.album.runtime}{' '}
          <span className="tabular">{formatSeconds(runtime.seconds)}</span>
          {runtime.unknown > 0 && <> ({t.album.runtimeUnknown(runtime.unknown)})</>}
        </p>
        {footer}
      </section>
    </MotionScope>
  );
}

const TrackRows = memo(function TrackRows({
  tracks,
  trackHref,
  renderActions,
  enter,
}: TracklistProps & { enter: boolean }) {
  const t = useT();
  const reduce = useReducedMotion();
  return (
    <ol className="tracklist__list">
      {tracks.map((track, i) => (
        <m.li
          key={track.slug}
          className="track-row"
          variants={reduce === true ? rowStill : row}
          custom={i}
          initial={enter ? 'hidden' : undefined}
          animate={enter ? 'shown' : undefined}
        >
          <span className="track-row__number" aria-hidden="true">
            {twoDigits(track.number)}
          </span>
          <Link href={trackHref(track)} className="track-row__link">
            <MotionSharedTitle layoutId={trackTitleLayoutId(track.slug)} className="track-row__title">
              {track.title}
            </MotionSharedTitle>
            {track.featuring && (
              <span className="track-row__featuring">{t.album.featuring(track.featuring)}</span>
            )}
          </Link>
          <span className="track-row__duration">
            <Duration duration={track.duration} unknownLabel={t.album.durationUnknown} />
          </span>
          {renderActions && <span className="track-row__actions">{renderActions(track)}</span>}
        </m.li>
      ))}
    </ol>
  );
});
