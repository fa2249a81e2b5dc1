// Keeps document.title and <html lang> right after client-side navigation (the prerender writes them for first load).
import { useEffect } from 'react';
import type { Lang } from '../i18n/i18n.tsx';

export function useDocumentHead(title: string | null, lang: Lang) {
  useEffect(() => {
    if (title !== null) document.title = title;
    document.documentElement.lang = lang;
  }, [title, lang]);
}
