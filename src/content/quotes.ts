// How a quote is attributed and shown, wherever it appears (the carousel, a track's page): when it was said (or
// reported), and which translation goes beside her words.
import type { Lang } from '../i18n/languages.ts';
import type { Quote } from './schema.ts';

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

/** The app's translation to show beside her words on a page in `lang`; null when she said it in that language. */
export function quoteTranslation(quote: Pick<Quote, 'lang' | 'translations'>, lang: Lang): string | null {
  return quote.lang === lang ? null : (quote.translations[lang] ?? null);
}
