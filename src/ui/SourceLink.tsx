// One source, shown the same way everywhere: its outlet, linked (in a new tab, so the app stays where it was), then
// its kind (news, label text, fan wiki…). An item with no URL (a print or broadcast item) is named by what it is,
// with its date.
import type { Source } from '../content/schema.ts';
import { localized } from '../content/localized.ts';
import { LOCALE, useLang, useT } from '../i18n/i18n.tsx';
import { formatCalendarDate } from '../lib/format-date.ts';

export function SourceLink({ source }: { source: Source }) {
  const t = useT();
  const lang = useLang();
  const locale = LOCALE[lang];
  const name = source.url && source.publisher ? source.publisher : localized(source.title, lang);
  const details = [
    source.url ? null : source.publisher,
    t.sources.kinds[source.kind],
    source.url === null && source.date !== null ? formatCalendarDate(source.date, locale) : null,
  ].filter((detail) => detail !== null);
  return (
    <span className="source-link">
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {name} <span className="visually-hidden">{t.sources.newTab}</span>
        </a>
      ) : (
        <cite>{name}</cite>
      )}{' '}
      <span className="source-link__details">({details.join(' · ')})</span>
    </span>
  );
}
