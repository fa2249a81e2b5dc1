// Where a fact comes from and how sure we are: its sources (each a SourceLink) and an honest confidence tag ("one
// source", "unverified"; nothing extra when two sources or a primary source agree).
import { useSources } from '../content/catalog-store.tsx';
import type { Confidence } from '../content/schema.ts';
import { useT } from '../i18n/i18n.tsx';
import { SourceLink } from './SourceLink.tsx';

export function Sourced({ sources, confidence }: { sources: readonly string[]; confidence: Confidence }) {
  const t = useT();
  const all = useSources();
  const used = sources.map((id) => all.find((s) => s.id === id)).filter((s) => s !== undefined);
  return (
    <span className="sourced">
      <span className="sourced__label">
        {used.length > 1 ? t.track.sourcesLabel : t.common.sourceLabel}:{' '}
      </span>
      {used.map((source, i) => (
        <span key={source.id}>
          {i > 0 && '; '}
          <SourceLink source={source} />
        </span>
      ))}
      {confidence !== 'verified' && (
        <>
          {' '}
          <span className={`confidence confidence--${confidence}`}>
            {confidence === 'secondary' ? t.common.secondary : t.common.unverified}
          </span>
        </>
      )}
    </span>
  );
}
