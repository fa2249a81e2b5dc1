// One quote with its attribution: what she said (in English, as said), about what, to whom, when, and where
// it comes from. A quote about a track links to that track's page.
import { Fragment } from 'react';
import { Link } from 'wouter';
import type { Quote, Source, Track } from '../../content/schema.ts';
import { LOCALE, useLang, useT } from '../../i18n/i18n.tsx';
import { formatCalendarDate } from '../../lib/format-date.ts';
import { quoteWhen } from './attribution.ts';

interface QuoteFigureProps {
  quote: Quote;
  /** The quote's sources, resolved from their ids. */
  sources: readonly Source[];
  /** The track the quote is about, if any. */
  track: Track | undefined;
  trackHref: (slug: string) => string;
}

export function QuoteFigure({ quote, sources, track, trackHref }: QuoteFigureProps) {
  const t = useT();
  const lang = useLang();
  const when = quoteWhen(quote);
  const day = when ? formatCalendarDate(when.date, LOCALE[lang]) : null;
  return (
    <figure className="quote">
      <blockquote className="quote__text" lang="en">
        <p>{quote.text}</p>
      </blockquote>
      <figcaption className="quote__caption">
        <p className="quote__context" lang="en">
          {quote.context}
        </p>
        {(quote.saidTo !== null || when) && (
          <p className="quote__meta">
            {quote.saidTo !== null && <span>{t.quotes.saidTo(quote.saidTo)}</span>}
            {when && day && (
              <time dateTime={when.date}>{when.kind === 'said' ? day : t.quotes.reportedOn(day)}</time>
            )}
          </p>
        )}
        <p className="quote__sources">
          {t.quotes.source(sources.length)}:{' '}
          {sources.map((source, i) => (
            <Fragment key={source.id}>
              {i > 0 && '; '}
              {source.url ? <a href={source.url}>{source.title}</a> : <cite>{source.title}</cite>} —{' '}
              {source.publisher}
            </Fragment>
          ))}
          {quote.confidence !== 'verified' && (
            <span className="quote__confidence">
              {quote.confidence === 'secondary' ? t.common.secondary : t.common.unverified}
            </span>
          )}
        </p>
        {track && (
          <p className="quote__track">
            <Link href={trackHref(track.slug)}>{t.quotes.trackLink(track.title)}</Link>
          </p>
        )}
      </figcaption>
    </figure>
  );
}
