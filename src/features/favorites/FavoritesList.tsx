// A short list of tracks (album order) with links to their pages, optionally with the heart on each row.
import { Link } from 'wouter';
import type { Track } from '../../content/schema.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Duration } from '../../ui/Duration.tsx';
import { FavoriteButton } from './FavoriteButton.tsx';

interface FavoritesListProps {
  tracks: readonly Track[];
  trackHref: (track: Track) => string;
  withToggle?: boolean;
  /** A heart in the list was turned off (its row is about to go). */
  onRemoved?: () => void;
}

export function FavoritesList({ tracks, trackHref, withToggle = false, onRemoved }: FavoritesListProps) {
  const t = useT();
  return (
    <ol className="favorites-list">
      {tracks.map((track) => (
        <li key={track.slug} className="favorites-list__row">
          <span className="favorites-list__number" aria-hidden="true">
            {track.number}
          </span>
          <Link href={trackHref(track)} className="favorites-list__link">
            {track.title}
          </Link>
          <span className="favorites-list__duration">
            <Duration duration={track.duration} unknownLabel={t.album.durationUnknown} />
          </span>
          {withToggle && (
            <FavoriteButton
              slug={track.slug}
              title={track.title}
              onToggle={(pressed) => {
                if (!pressed) onRemoved?.();
              }}
            />
          )}
        </li>
      ))}
    </ol>
  );
}
