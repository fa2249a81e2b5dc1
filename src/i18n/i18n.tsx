// The interface language: chosen by the URL (/ko/… is Korean), provided to components as typed messages.
import { createContext, useContext, type ReactNode } from 'react';
import { en, type Messages } from './en.ts';
import { ko } from './ko.ts';

export type Lang = 'en' | 'ko';
export const LANGS: readonly Lang[] = ['en', 'ko'];
export const messages: Record<Lang, Messages> = { en, ko };

/** BCP 47 tags for Intl formatting. */
export const LOCALE: Record<Lang, string> = { en: 'en', ko: 'ko-KR' };

const LangContext = createContext<Lang>('en');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export const useLang = (): Lang => useContext(LangContext);
export const useT = (): Messages => messages[useContext(LangContext)];
