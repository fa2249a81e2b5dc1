// The rank page's own words, one file per language in messages/ (named by its tag, like src/i18n/). They load with
// the page (its own chunk), not with the app: the first visit of / stays within its JS budget. The navigation,
// tracklist link and page titles live in src/i18n/ (they show on every page).
import { useLang } from '../../i18n/i18n.tsx';
import { DEFAULT_LANG, type Lang } from '../../i18n/languages.ts';
import type { RankMessages } from './messages/en.ts';

const files = import.meta.glob<RankMessages>('./messages/*.ts', { eager: true, import: 'default' });

/** Each language's messages, by tag (the file's name). */
export const rankMessages: Partial<Record<Lang, RankMessages>> = Object.fromEntries(
  Object.entries(files).map(([file, messages]) => [
    file.slice('./messages/'.length, -'.ts'.length),
    messages,
  ]),
);

export type { RankMessages };

/** The rank page's messages in the page's language (the default language's where one is missing). */
export const useRankT = (): RankMessages => rankMessages[useLang()] ?? rankMessages[DEFAULT_LANG]!;
