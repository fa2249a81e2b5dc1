// The note on a track and ROSÉ's own words about it (quotes tied to the track), each with its sources.
import { useQuotes } from '../../content/catalog-store.tsx';
import type { Quote, Track } from '../../content/schema.ts';
import { useT } from '../../i18n/i18n.tsx';
import { Sourced } from './Sourced.tsx';

export function TrackWords({ track }: { track: Track }) {
  const t = useT();
  const quotes = useQuotes().filter((q) => q.trackSlug === track.slug);
  if (!track.note && quotes.length === 0) return null;
  return (
    <>
      {track.note && (
        <section className="track-section track-note" aria-labelledby="note-heading">
          <h2 id="note-heading">{t.track.about}</h2>
          <p>{track.note.text}</p>
          <p className="track-section__sources">
            <Sourced sources={track.note.sources} confidence={track.note.confidence} />
          </p>
        </section>
      )}
      {quotes.length > 0 && (
        <section className="track-section track-quotes" aria-labelledby="quotes-heading">
          <h2 id="quotes-heading">{t.track.inHerWords}</h2>
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
  const when = quote.date ?? quote.reportedOn;
  return (
    <figure className="track-quote">
      <blockquote lang="en">
        <p>{quote.text}</p>
      </blockquote>
      <figcaption>
        — ROSÉ · {quote.context}
        {quote.saidTo && <> · {t.track.saidTo(quote.saidTo)}</>}
        {when && (
          <>
            {' · '}
            {quote.date ? '' : `${t.track.reported} `}
            <time dateTime={when}>{when}</time>
          </>
        )}
        <br />
        <span className="track-section__sources">
          <Sourced sources={quote.sources} confidence={quote.confidence} />
        </span>
      </figcaption>
    </figure>
  );
}
