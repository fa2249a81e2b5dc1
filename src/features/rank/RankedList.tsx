// A ranking as a list: one row per place, tied tracks sharing the row and its number, each linking to its page.
import { Fragment } from 'react';
import { Link } from 'wouter';
import type { Track } from '../../content/schema.ts';
import { useRankT } from './rank-messages.ts';
import { placeNumbers } from './rank-link.ts';

interface RankedListProps {
  places: readonly (readonly Track[])[];
  trackHref: (track: Track) => string;
}

export function RankedList({ places, trackHref }: RankedListProps) {
  const r = useRankT();
  const numbers = placeNumbers(places);
  return (
    <ol className="rank-list">
      {places.map((place, i) => (
        <li key={place[0]!.slug} className="rank-list__row">
          <span className="rank-list__place">{r.place(numbers[i]!)}</span>
          <span className="rank-list__tracks">
            {place.map((track, j) => (
              <Fragment key={track.slug}>
                {j > 0 && <span aria-hidden="true"> = </span>}
                <Link href={trackHref(track)} className="rank-list__link">
                  {track.title}
                </Link>
              </Fragment>
            ))}
            {place.length > 1 && <span className="rank-list__tied"> ({r.tied})</span>}
          </span>
        </li>
      ))}
    </ol>
  );
}
