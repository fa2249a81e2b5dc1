// The result: the tracks in the fan's order (ties share a place), Add my top 3 to favorites, the share link, the
// image for a post or a story, and Start over.
import { useState, type ReactNode } from 'react';
import type { Track } from '../../content/schema.ts';
import { useRankT } from './rank-messages.ts';
import { useFocusOnMount } from './use-rank.ts';
import { absoluteUrl } from '../../lib/share.ts';
import { ShareButton } from '../../ui/ShareButton.tsx';
import { placeNumbers, rankingPath } from './rank-link.ts';
import { RankImage } from './RankImage.tsx';
import { RankedList } from './RankedList.tsx';
import { TOP_PLACES, type Mode } from './sorter.ts';

interface RankResultProps {
  places: readonly (readonly Track[])[];
  mode: Mode;
  picks: number;
  pagePath: string;
  trackHref: (track: Track) => string;
  addToFavorites: (slugs: readonly string[]) => number;
  cover: ReactNode;
  onStartOver: () => void;
  /** Focus the heading (the last answer just brought it on screen). */
  focus: boolean;
}

export function RankResult(props: RankResultProps) {
  const { places, mode, picks, pagePath, trackHref, addToFavorites, cover, onStartOver, focus } = props;
  const r = useRankT();
  const heading = useFocusOnMount(focus);
  const [added, setAdded] = useState<number | null>(null);

  const numbers = placeNumbers(places);
  const top = places.filter((_, i) => numbers[i]! <= TOP_PLACES).flat();
  const slugs = places.map((place) => place.map((track) => track.slug));
  return (
    <section className="rank-result" aria-labelledby="rank-result-title">
      <h2 id="rank-result-title" ref={heading} tabIndex={-1}>
        {mode === 'full' ? r.resultHeading : r.resultTopHeading}
      </h2>
      <RankedList places={places} trackHref={trackHref} />
      <p className="rank-result__picks">{r.picksTaken(picks)}</p>
      <div className="rank-result__actions">
        <button
          type="button"
          className="button"
          onClick={() => setAdded(addToFavorites(top.map((track) => track.slug)))}
        >
          {r.addTop}
        </button>
        <p className="rank-result__status" role="status">
          {added !== null && r.added(added)}
        </p>
        <ShareButton
          labels={{ share: r.share, copied: r.copied, manual: r.manual }}
          target={() => ({
            url: absoluteUrl(rankingPath(pagePath, slugs)),
            title: mode === 'full' ? r.shareTitle : r.shareTopTitle,
          })}
        />
      </div>
      <RankImage places={places} mode={mode} cover={cover} />
      <p>
        <button type="button" className="button button--ghost" onClick={onStartOver}>
          {r.startOver}
        </button>
      </p>
    </section>
  );
}
