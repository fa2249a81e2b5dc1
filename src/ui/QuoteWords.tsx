// Her words as she said them (marked with their language), and beside them, on a page in another language, the
// app's own translation, labelled as such. Used by the quotes carousel and by a track's page.
import type { Quote } from '../content/schema.ts';
import { quoteTranslation, quoteWhen } from '../content/quotes.ts';
import { LOCALE, useLang, useT } from '../i18n/i18n.tsx';
import { formatCalendarDate } from '../lib/format-date.ts';

export function QuoteWords({ quote, className }: { quote: Quote; className?: string }) {
  const t = useT();
  const translation = quoteTranslation(quote, useLang());
  return (
    <>
      <blockquote className={className} lang={quote.lang}>
        <p>{quote.text}</p>
      </blockquote>
      {translation !== null && (
        <p className="quote-translation">
          <span className="quote-translation__label">{t.quotes.translationLabel}</span> {translation}
        </p>
      )}
    </>
  );
}

/** When she said it (or, when only that is known, when it was reported), in the page's language; nothing if unknown. */
export function QuoteDate({ quote }: { quote: Quote }) {
  const t = useT();
  const lang = useLang();
  const when = quoteWhen(quote);
  if (!when) return null;
  const day = formatCalendarDate(when.date, LOCALE[lang]);
  return <time dateTime={when.date}>{when.kind === 'said' ? day : t.quotes.reportedOn(day)}</time>;
}
