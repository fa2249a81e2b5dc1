// The interface language: chosen by the URL (src/app/paths.ts), provided to components as typed messages. The
// languages and their loaders are the table in languages.ts. The default language's messages come with the app;
// the others load on demand (a first visit in the default language does not carry them), and are loaded before
// anything in that language renders: before hydrating a page (src/boot.tsx), before the router moves to one
// (src/app/pages.tsx), and before the prerender.
import { createContext, useContext, type ReactNode } from 'react';
import { onDemand, type OnDemand } from '../lib/on-demand.ts';
import { en, type Messages } from './en.ts';
import { DEFAULT_LANG, LANG_TAGS, LANGUAGES, type Lang } from './languages.ts';

export type { Lang };
/** The language tags, default first. */
export const LANGS = LANG_TAGS;

const messages = Object.fromEntries(
  LANGUAGES.map((language) => [language.tag, onDemand(language.messages)]),
) as Record<Lang, OnDemand<Messages>>;

/** Loads a language's messages (at once for the default language, which came with the app). */
export const loadMessages = (lang: Lang): Promise<Messages> => messages[lang].load();

/** A language's messages; were one ever asked for before it loaded, the default language's stand in (never a blank
 * page). */
export const messagesFor = (lang: Lang): Messages => messages[lang].current() ?? en;

/** BCP 47 tags for Intl formatting. */
export const LOCALE = Object.fromEntries(
  LANGUAGES.map((language) => [language.tag, language.locale]),
) as Record<Lang, string>;

const LangContext = createContext<Lang>(DEFAULT_LANG);

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export const useLang = (): Lang => useContext(LangContext);
export const useT = (): Messages => messagesFor(useContext(LangContext));
