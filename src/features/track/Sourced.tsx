// Where a fact comes from and how sure we are: source titles (linked when the source has a URL) and an honest
// confidence tag ("one source", "unverified"; nothing extra when two sources or a primary source agree).
import { useSources } from '../../content/catalog-store.tsx';
import type { Confidence } from '../../content/schema.ts';
import { useT } from '../../i18n/i18n.tsx';

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
          {source.url ? (
            <a href={source.url} rel="noopener noreferrer" target="_blank">
              {source.title}
            </a>
          ) : (
            <cite>{source.title}</cite>
          )}{' '}
          <span className="sourced__publisher">({source.publisher})</span>
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
