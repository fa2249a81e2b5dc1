// Her words, each linking to the track it is about, in the reader's language.
import { QuoteCarousel } from '../features/quotes/QuoteCarousel.tsx';
import { useLang } from '../i18n/i18n.tsx';
import { localePath, paths } from './paths.ts';

export function QuotesWithTrackLinks() {
  const lang = useLang();
  return <QuoteCarousel trackHref={(slug) => localePath(lang, paths.track(slug))} />;
}
