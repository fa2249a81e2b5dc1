// The app's languages, in one table: everything that differs by language (URL prefix, Intl locale, og:locale, the
// messages' loader) is read from here. A new language is a row here, its messages file and its content strings.
import { en, type Messages } from './en.ts';

export interface Language {
  /** BCP 47 tag, also the key of every translated string in the content ({ en, ko }). */
  readonly tag: string;
  /** The language's name in itself, as the language switch offers it. */
  readonly name: string;
  /** URL prefix without slashes ('' for the default language, at the site's root). */
  readonly prefix: string;
  /** Locale for Intl formatting (dates, numbers). */
  readonly locale: string;
  /** Open Graph locale of a page in this language. */
  readonly ogLocale: string;
  /** Loads the interface messages (the default language's come with the app). */
  readonly messages: () => Promise<Messages>;
}

export const LANGUAGES = [
  {
    tag: 'en',
    name: 'English',
    prefix: '',
    locale: 'en',
    ogLocale: 'en_US',
    messages: () => Promise.resolve(en),
  },
  {
    tag: 'ko',
    name: '한국어',
    prefix: 'ko',
    locale: 'ko-KR',
    ogLocale: 'ko_KR',
    messages: () => import('./ko.ts').then((module) => module.ko),
  },
] as const satisfies readonly Language[];

export type Lang = (typeof LANGUAGES)[number]['tag'];
/** The language tags, default first. */
export const LANG_TAGS = LANGUAGES.map((language) => language.tag) as readonly Lang[];
export const DEFAULT_LANG: Lang = LANGUAGES[0].tag;
