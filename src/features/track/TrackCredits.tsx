// A track's writers, producers and length, each with its sources and confidence; a missing credit says so plainly.
import { useAlbum } from '../../content/catalog-store.tsx';
import type { Credit, Track } from '../../content/schema.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useTrackT } from './track-messages.ts';
import { Sourced } from '../../ui/Sourced.tsx';

export function TrackCredits({ track }: { track: Track }) {
  const m = useTrackT();
  const { durations } = useAlbum();
  return (
    <section className="track-section credits" aria-labelledby="credits-heading">
      <h2 id="credits-heading">{m.credits}</h2>
      <dl className="credits__list">
        <CreditEntry label={m.writers} credit={track.writers} />
        <CreditEntry label={m.producers} credit={track.producers} />
        {track.duration !== null && (
          <div className="credits__entry">
            <dt>{m.duration}</dt>
            <dd>
              <span className="credits__names tabular">{track.duration}</span>
              <br />
              <span className="credits__sources">
                <Sourced sources={durations.sources} confidence={durations.confidence} />
              </span>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

function CreditEntry({ label, credit }: { label: string; credit: Credit | null }) {
  const t = useT();
  const m = useTrackT();
  return (
    <div className="credits__entry">
      <dt>{label}</dt>
      {credit ? (
        <dd>
          <span className="credits__names">{credit.names.join(', ')}</span>
          <br />
          <span className="credits__sources">
            <Sourced sources={credit.sources} confidence={credit.confidence} />
          </span>
        </dd>
      ) : (
        <dd className="credits__unknown">
          <span className="confidence confidence--unverified">{t.common.unverified}</span> {m.creditUnknown}
        </dd>
      )}
    </div>
  );
}
