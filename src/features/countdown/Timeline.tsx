// The timeline: milestones and chart records from the data, oldest first, each with its source and date.
import { useCharts, useMilestones } from '../../content/catalog-store.tsx';
import { useLocalized } from '../../content/localized.ts';
import { LOCALE, useLang, useT } from '../../i18n/i18n.tsx';
import { formatCalendarDate } from '../../lib/format-date.ts';
import { Sourced } from '../../ui/Sourced.tsx';
import { timelineEntries } from './timeline.ts';
import './countdown.css';

export function Timeline() {
  const t = useT();
  const locale = LOCALE[useLang()];
  const localized = useLocalized();
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
            <span className="timeline__text">{localized(entry.text)}</span>
            {entry.note && <span className="timeline__meta">{localized(entry.note)}</span>}
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
              <Sourced sources={entry.sources} confidence={entry.confidence} />
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
