// Keeps document.title and <html lang> right after client-side navigation (the prerender writes them for first load).
// Each is written only when it changes: rewriting <html lang>, even with the same value, makes the browser
// re-check the style of every element on the page (lang can change fonts and :lang() rules), a long task on a phone
// right after hydration.
import { useEffect } from 'react';
import type { Lang } from '../i18n/i18n.tsx';

export function useDocumentHead(title: string | null, lang: Lang) {
  useEffect(() => {
    if (title !== null && document.title !== title) document.title = title;
    if (document.documentElement.lang !== lang) document.documentElement.lang = lang;
  }, [title, lang]);
}
