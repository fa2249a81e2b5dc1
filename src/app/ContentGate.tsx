// Loading and error for the album content, handled once: children render only once the store holds the content.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useCatalog } from '../content/catalog-store.tsx';
import { contentQuery } from '../content/content-query.ts';
import { ContentError } from '../content/schema.ts';
import { useT } from '../i18n/i18n.tsx';

export function ContentGate({ children }: { children: ReactNode }) {
  const query = useQuery(contentQuery);
  const t = useT();
  const loaded = useCatalog((s) => s.content !== null);
  if (loaded) return children;
  if (query.isError) {
    return (
      <section className="load-error" role="alert" aria-labelledby="load-error-title">
        <h1 id="load-error-title">{t.common.loadErrorTitle}</h1>
        <p>{query.error instanceof ContentError ? t.common.loadErrorInvalid : t.common.loadErrorBody}</p>
        <button
          type="button"
          className="button"
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
        >
          {t.common.retry}
        </button>
      </section>
    );
  }
  return (
    <div className="loading" aria-busy="true">
      <p className="visually-hidden">{t.common.loading}</p>
      <div className="loading__cover" />
      <div className="loading__lines" />
    </div>
  );
}
