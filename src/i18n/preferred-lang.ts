// Which language to open the app in: the remembered choice first, else the browser's languages, else English.
import type { Lang } from './i18n.tsx';

export function preferredLang(stored: Lang | null, browserLanguages: readonly string[]): Lang {
  if (stored) return stored;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'ko') return 'ko';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
