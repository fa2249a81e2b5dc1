// The interface language: chosen by the URL (/ko/… is Korean), provided to components as typed messages.
// English comes with the app; Korean loads on demand (a first visit in English does not carry it), and is loaded
// before anything Korean renders: before hydrating a Korean page (src/boot.tsx), before the router moves to one
// (src/app/pages.tsx), and before the prerender.
import { createContext, useContext, type ReactNode } from 'react';
import { onDemand } from '../lib/on-demand.ts';
import { en, type Messages } from './en.ts';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];

const korean = onDemand(() => import('./ko.ts').then((module) => module.ko));

/** Loads a language's messages (at once for English). */
export const loadMessages = (lang: Lang): Promise<unknown> =>
  lang === 'ko' ? korean.load() : Promise.resolve(en);

/** A language's messages; were Korean ever asked for before it loaded, English stands in (never a blank page). */
export const messagesFor = (lang: Lang): Messages => (lang === 'ko' ? (korean.current() ?? en) : en);

/** BCP 47 tags for Intl formatting. */
export const LOCALE: Record<Lang, string> = { en: 'en', ko: 'ko-KR' };

const LangContext = createContext<Lang>('en');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export const useLang = (): Lang => useContext(LangContext);
export const useT = (): Messages => messagesFor(useContext(LangContext));
