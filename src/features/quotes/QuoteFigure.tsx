// One quote with its attribution: what she said (in her words, with the app's translation on a page in another
// language), about what, to whom, when, and where it comes from. A quote about a track links to that track's page.
import { Link } from 'wouter';
import { useLocalized } from '../../content/localized.ts';
import { quoteWhen } from '../../content/quotes.ts';
import type { Quote, Track } from '../../content/schema.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useQuotesT } from './quotes-messages.ts';
import { QuoteDate, QuoteWords } from '../../ui/QuoteWords.tsx';
import { Sourced } from '../../ui/Sourced.tsx';

interface QuoteFigureProps {
  quote: Quote;
  /** The track the quote is about, if any. */
  track: Track | undefined;
  trackHref: (slug: string) => string;
}

export function QuoteFigure({ quote, track, trackHref }: QuoteFigureProps) {
  const t = useT();
  const m = useQuotesT();
  const localized = useLocalized();
  const hasMeta = quote.saidTo !== null || quote.reportedBy !== null || quoteWhen(quote) !== null;
  return (
    <figure className="quote">
      <QuoteWords quote={quote} className="quote__text" />
      <figcaption className="quote__caption">
        <p className="quote__context">{localized(quote.context)}</p>
        {hasMeta && (
          <p className="quote__meta">
            {quote.saidTo !== null && <span>{m.saidTo(localized(quote.saidTo))}</span>}
            <QuoteDate quote={quote} />
            {quote.reportedBy !== null && <span>{t.quotes.via(quote.reportedBy)}</span>}
          </p>
        )}
        <p className="quote__sources">
          <Sourced sources={quote.sources} confidence={quote.confidence} />
        </p>
        {track && (
          <p className="quote__track">
            <Link href={trackHref(track.slug)}>{m.trackLink(track.title)}</Link>
          </p>
        )}
      </figcaption>
    </figure>
  );
}
