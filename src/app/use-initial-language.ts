// On arrival at the English home page, opens the Korean one instead when that is the remembered choice or,
// without one, the browser's language. Runs once after mount (the prerendered page is the same for everyone).
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { LANGS } from '../i18n/i18n.tsx';
import { preferredLang } from '../i18n/preferred-lang.ts';
import { readPreference } from '../lib/preference-storage.ts';
import { localePath, paths } from './paths.ts';

export function useInitialLanguage() {
  const [location, navigate] = useLocation();
  useEffect(() => {
    if (location !== paths.album()) return;
    const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
    if (preferredLang(readPreference('lang', LANGS), languages) === 'ko')
      navigate(localePath('ko', paths.album()), { replace: true });
    // Only the page the visit starts on: later navigation to "/" is the user's own choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
