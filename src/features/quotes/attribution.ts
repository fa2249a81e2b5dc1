// How a quote is attributed: when it was said (or reported), and which of its sources are known.
import type { Quote, Source } from '../../content/schema.ts';

export interface QuoteWhen {
  /** `said`: the day she said it; `reported`: only the day it was reported is known. */
  kind: 'said' | 'reported';
  date: string;
}

/** The day she said it when known, else the day it was reported, else null (never a guess). */
export function quoteWhen(quote: Pick<Quote, 'date' | 'reportedOn'>): QuoteWhen | null {
  if (quote.date) return { kind: 'said', date: quote.date };
  if (quote.reportedOn) return { kind: 'reported', date: quote.reportedOn };
  return null;
}

/** The quote's sources, in its order; an id missing from the list is skipped (the schema already rejects it). */
export function quoteSources(quote: Pick<Quote, 'sources'>, sources: readonly Source[]): Source[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return quote.sources.flatMap((id) => byId.get(id) ?? []);
}
