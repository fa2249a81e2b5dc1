// Which language to open the app in: the remembered choice first, else the first of the browser's languages that
// the app has (by primary subtag: "ko-KR" is Korean), else the default language.
import { DEFAULT_LANG, LANG_TAGS, type Lang } from './languages.ts';

const primary = (tag: string) => tag.toLowerCase().split('-')[0];

export function preferredLang(stored: Lang | null, browserLanguages: readonly string[]): Lang {
  if (stored) return stored;
  for (const tag of browserLanguages) {
    const known = LANG_TAGS.find((lang) => primary(lang) === primary(tag));
    if (known) return known;
  }
  return DEFAULT_LANG;
}
