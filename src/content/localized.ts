// Reading the content in one language: every human-readable string in the data is a map by language ({ en, ko }),
// and components read it through `localized` (or the `useLocalized` hook, bound to the page's language).
import { useLang } from '../i18n/i18n.tsx';
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';
import type { Localized } from './schema.ts';

/** The text in `lang`. The schema requires every declared language; the default language stands in otherwise. */
export function localized(text: Localized, lang: Lang): string {
  return (text as Partial<Localized>)[lang] ?? text[DEFAULT_LANG];
}

/** `localized`, bound to the language of the page being rendered. */
export function useLocalized(): (text: Localized) => string {
  const lang = useLang();
  return (text) => localized(text, lang);
}
