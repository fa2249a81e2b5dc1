// A page's own messages, one file per language in its feature's messages/ folder (named by its tag, like src/i18n/):
// they load with the page's chunk, not with the app, so the first visit of / does not carry them. What shows on
// every page (navigation, titles, the tracklist's hearts) stays in src/i18n/.
import { useLang } from './i18n.tsx';
import { DEFAULT_LANG, type Lang } from './languages.ts';

/** The files of `import.meta.glob('./messages/*.ts', { eager: true, import: 'default' })`, by language tag. */
export const messagesByTag = <M>(files: Record<string, M>): Partial<Record<Lang, M>> =>
  Object.fromEntries(
    Object.entries(files).map(([file, messages]) => [
      file.slice(file.lastIndexOf('/') + 1, -'.ts'.length),
      messages,
    ]),
  );

/** The messages in the page's language (the default language's where one is missing). */
export const useMessagesOf = <M>(messages: Partial<Record<Lang, M>>): M =>
  messages[useLang()] ?? messages[DEFAULT_LANG]!;
