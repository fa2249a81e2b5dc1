// The timeline: milestones and chart records from the data, oldest first, each with its source and date.
import { Fragment } from 'react';
import { useCharts, useMilestones, useSources } from '../../content/catalog-store.tsx';
import { LOCALE, useLang, useT } from '../../i18n/i18n.tsx';
import { formatCalendarDate } from '../../lib/format-date.ts';
import { timelineEntries } from './timeline.ts';
import './countdown.css';

export function Timeline() {
  const t = useT();
  const locale = LOCALE[useLang()];
  const sources = useSources();
  const entries = timelineEntries(useMilestones(), useCharts());
  return (
    <section className="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t.countdown.timelineHeading}</h2>
      <ol className="timeline__list" aria-labelledby="timeline-heading">
        {entries.map((entry) => (
          <li key={entry.key} className="timeline__item">
            {entry.kind === 'milestone' && (
              <time className="timeline__date" dateTime={entry.dateTime}>
                {formatCalendarDate(entry.date, locale)}
              </time>
            )}
            <span className="timeline__text">{entry.text}</span>
            {entry.note && <span className="timeline__meta">{entry.note}</span>}
            <span className="timeline__meta">
              {entry.kind === 'chart' && (
                <>
                  {t.countdown.chart},{' '}
                  <time dateTime={entry.dateTime}>
                    {t.countdown.asOf(formatCalendarDate(entry.date, locale))}
                  </time>
                  {' · '}
                </>
              )}
              {t.common.sourceLabel}:{' '}
              {entry.sources.map((id, i) => {
                const source = sources.find((s) => s.id === id);
                if (!source) return null;
                return (
                  <Fragment key={id}>
                    {i > 0 && '; '}
                    {source.url ? <a href={source.url}>{source.title}</a> : source.title} ({source.publisher})
                  </Fragment>
                );
              })}
              {entry.confidence !== 'verified' && (
                <>
                  {' · '}
                  {entry.confidence === 'secondary' ? t.common.secondary : t.common.unverified}
                </>
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
