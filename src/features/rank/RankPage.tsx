// /rank: rank the album's tracks two at a time (all of them, or just a top 3), resume after a reload, and share the
// result as a link or an image. A shared link shows someone's ranking instead, without touching yours. The saved
// run and the URL's query are read only after mount (the page is prerendered).
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSearch } from 'wouter';
import { useTracks } from '../../content/catalog-store.tsx';
import type { Track } from '../../content/schema.ts';
import { useRankT } from './rank-messages.ts';
import { useHydrated } from '../../ui/use-hydrated.ts';
import { parseSharedRanking } from './rank-link.ts';
import { useRank } from './rank-store.ts';
import { RankNotice } from './RankNotice.tsx';
import { RankQuestion } from './RankQuestion.tsx';
import { RankResult } from './RankResult.tsx';
import { SharedRanking } from './SharedRanking.tsx';
import { replay, worstCase, type Mode } from './sorter.ts';
import { useFocusOnMount, useRankReady, useRankSync } from './use-rank.ts';
import './rank.css';

export interface RankPageProps {
  /** This page's path in the current language ("/rank", "/ko/rank"). */
  pagePath: string;
  trackHref: (track: Track) => string;
  /** Adds tracks to the favorites (the app passes the favorites feature in); returns how many were new. */
  addToFavorites: (slugs: readonly string[]) => number;
  /** The cover drawing (an <svg>) the image is drawn from. */
  cover: ReactNode;
}

export function RankPage({ pagePath, trackHref, addToFavorites, cover }: RankPageProps) {
  useRankSync();
  const r = useRankT();
  const tracks = useTracks();
  const ready = useRankReady();
  const mounted = useHydrated();
  const search = useSearch();
  const run = useRank((s) => s.run);
  const restarted = useRank((s) => s.restarted);
  const { start, answer, undo, clear, dropStale } = useRank.getState();

  const tracksBySlug = useMemo(() => new Map(tracks.map((track) => [track.slug, track])), [tracks]);
  // A run saved for tracks the data no longer has cannot be resumed: it starts fresh, and says so.
  const stale = ready && run !== null && run.items.some((slug) => !tracksBySlug.has(slug));
  useEffect(() => {
    if (stale) dropStale([...tracksBySlug.keys()]);
  }, [stale, dropStale, tracksBySlug]);
  const state = useMemo(
    () => (ready && run && !stale ? replay(run.items, run.mode, run.answers) : null),
    [ready, run, stale],
  );
  const shared = mounted ? parseSharedRanking(search, tracks) : null;

  // Focus moves to the view a person's own action brought on screen (start → question → result → start), never on
  // load: each view focuses its heading when it mounts after an action.
  const view = shared ? 'shared' : !state ? 'start' : state.done ? 'result' : 'question';
  const [acted, setActed] = useState(false);
  const act =
    <A extends unknown[]>(action: (...args: A) => void) =>
    (...args: A) => {
      setActed(true);
      action(...args);
    };
  const moved = acted && view !== 'shared';

  const track = (slug: string) => tracksBySlug.get(slug)!;
  return (
    <div className="rank-page">
      <h1>{r.heading}</h1>
      <RankNotice restarted={restarted} />
      {shared ? (
        <SharedRanking
          shared={shared}
          tracksBySlug={tracksBySlug}
          totalTracks={tracks.length}
          pagePath={pagePath}
          trackHref={trackHref}
        />
      ) : !state ? (
        <RankStart
          count={tracks.length}
          ready={ready}
          focus={moved}
          onStart={act((mode: Mode) =>
            start(
              mode,
              tracks.map((tr) => tr.slug),
            ),
          )}
        />
      ) : state.done ? (
        <RankResult
          places={state.places.map((place) => place.map(track))}
          mode={run!.mode}
          picks={state.picks}
          pagePath={pagePath}
          trackHref={trackHref}
          addToFavorites={addToFavorites}
          cover={cover}
          onStartOver={act(clear)}
          focus={moved}
        />
      ) : (
        <RankQuestion
          left={track(state.question[0])}
          right={track(state.question[1])}
          picks={state.picks}
          picksLeft={state.picksLeft}
          worstCase={state.worstCase}
          onAnswer={act(answer)}
          onUndo={act(undo)}
          onStartOver={act(clear)}
          focus={moved}
        />
      )}
    </div>
  );
}

interface RankStartProps {
  count: number;
  /** False until the saved run has been read: the buttons wait (a saved run may be about to show). */
  ready: boolean;
  focus: boolean;
  onStart: (mode: Mode) => void;
}

function RankStart({ count, ready, focus, onStart }: RankStartProps) {
  const r = useRankT();
  const heading = useFocusOnMount(focus);
  return (
    <section className="rank-start" aria-labelledby="rank-start-title">
      <h2 id="rank-start-title" ref={heading} tabIndex={-1} className="visually-hidden">
        {r.heading}
      </h2>
      <p>{r.intro}</p>
      <div className="rank-start__modes">
        <button type="button" className="rank-mode" disabled={!ready} onClick={() => onStart('full')}>
          <span className="rank-mode__name">{r.startFull(count)}</span>
          <span className="rank-mode__note">{r.startFullNote(worstCase('full', count))}</span>
        </button>
        <button type="button" className="rank-mode" disabled={!ready} onClick={() => onStart('top3')}>
          <span className="rank-mode__name">{r.startTop}</span>
          <span className="rank-mode__note">{r.startTopNote(worstCase('top3', count))}</span>
        </button>
      </div>
      {!ready && <p className="rank-start__loading">{r.loading}</p>}
    </section>
  );
}
