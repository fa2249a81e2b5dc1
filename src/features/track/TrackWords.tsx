// What we know about a track (its notes) and ROSÉ's own words about it (quotes tied to the track), each with its
// sources.
import { useQuotes } from '../../content/catalog-store.tsx';
import { useLocalized } from '../../content/localized.ts';
import { quoteWhen } from '../../content/quotes.ts';
import type { Quote, Track } from '../../content/schema.ts';
import { useT } from '../../i18n/i18n.tsx';
import { useTrackT } from './track-messages.ts';
import { QuoteDate, QuoteWords } from '../../ui/QuoteWords.tsx';
import { Sourced } from '../../ui/Sourced.tsx';

export function TrackWords({ track }: { track: Track }) {
  const m = useTrackT();
  const localized = useLocalized();
  const quotes = useQuotes().filter((q) => q.trackSlug === track.slug);
  if (track.notes.length === 0 && quotes.length === 0) return null;
  return (
    <>
      {track.notes.length > 0 && (
        <section className="track-section track-note" aria-labelledby="note-heading">
          <h2 id="note-heading">{m.about}</h2>
          {track.notes.map((note, i) => (
            <div key={i} className="track-note__item">
              <p>{localized(note.text)}</p>
              <p className="track-section__sources">
                <Sourced sources={note.sources} confidence={note.confidence} />
              </p>
            </div>
          ))}
        </section>
      )}
      {quotes.length > 0 && (
        <section className="track-section track-quotes" aria-labelledby="quotes-heading">
          <h2 id="quotes-heading">{m.inHerWords}</h2>
          {quotes.map((quote) => (
            <TrackQuote key={quote.id} quote={quote} />
          ))}
        </section>
      )}
    </>
  );
}

function TrackQuote({ quote }: { quote: Quote }) {
  const t = useT();
  const m = useTrackT();
  const localized = useLocalized();
  return (
    <figure className="track-quote">
      <QuoteWords quote={quote} />
      <figcaption>
        — ROSÉ · {localized(quote.context)}
        {quote.saidTo && <> · {m.saidTo(localized(quote.saidTo))}</>}
        {quoteWhen(quote) && (
          <>
            {' · '}
            <QuoteDate quote={quote} />
          </>
        )}
        {quote.reportedBy && <> · {t.quotes.via(quote.reportedBy)}</>}
        <br />
        <span className="track-section__sources">
          <Sourced sources={quote.sources} confidence={quote.confidence} />
        </span>
      </figcaption>
    </figure>
  );
}
