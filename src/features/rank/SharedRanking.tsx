// From a shared link ("/rank?r=apt,gameboy~3am"): someone's ranking, what was ignored, and a way to rank yourself.
// Your own saved ranking is never touched by it.
import { useLocation } from 'wouter';
import type { Track } from '../../content/schema.ts';
import { useRankT } from './rank-messages.ts';
import type { SharedRanking as Shared } from './rank-link.ts';
import { RankedList } from './RankedList.tsx';

interface SharedRankingProps {
  shared: Shared;
  tracksBySlug: ReadonlyMap<string, Track>;
  totalTracks: number;
  pagePath: string;
  trackHref: (track: Track) => string;
}

export function SharedRanking({
  shared,
  tracksBySlug,
  totalTracks,
  pagePath,
  trackHref,
}: SharedRankingProps) {
  const r = useRankT();
  const [, navigate] = useLocation();
  const places = shared.places.map((place) => place.map((slug) => tracksBySlug.get(slug)!));
  const count = places.flat().length;
  return (
    <section className="rank-shared" aria-labelledby="rank-shared-title">
      <h2 id="rank-shared-title">
        {count >= totalTracks || count === 0 ? r.sharedHeading : r.sharedTopHeading(count)}
      </h2>
      {count > 0 ? <RankedList places={places} trackHref={trackHref} /> : <p>{r.sharedEmpty}</p>}
      {shared.ignored > 0 && <p className="rank-shared__ignored">{r.sharedIgnored(shared.ignored)}</p>}
      <p>
        <button type="button" className="button" onClick={() => navigate(pagePath)}>
          {r.rankYourself}
        </button>
      </p>
      <p className="rank-shared__note">{r.yourRunWaits}</p>
    </section>
  );
}
