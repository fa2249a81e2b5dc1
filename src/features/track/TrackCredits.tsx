// A track's writers, producers and length, each with its sources and confidence; a missing credit says so plainly.
import { useAlbum } from '../../content/catalog-store.tsx';
import type { Credit, Track } from '../../content/schema.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Sourced } from '../../ui/Sourced.tsx';

export function TrackCredits({ track }: { track: Track }) {
  const t = useT();
  const { durations } = useAlbum();
  return (
    <section className="track-section credits" aria-labelledby="credits-heading">
      <h2 id="credits-heading">{t.track.credits}</h2>
      <dl className="credits__list">
        <CreditEntry label={t.track.writers} credit={track.writers} />
        <CreditEntry label={t.track.producers} credit={track.producers} />
        {track.duration !== null && (
          <div className="credits__entry">
            <dt>{t.track.duration}</dt>
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
          <span className="confidence confidence--unverified">{t.common.unverified}</span>{' '}
          {t.track.creditUnknown}
        </dd>
      )}
    </div>
  );
}
