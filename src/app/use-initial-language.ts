// On arrival at the home page in the default language, opens it in another language instead when that is the
// remembered choice or, without one, the browser's language. Runs once after mount (the prerendered page is the
// same for everyone).
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import { DEFAULT_LANG, LANG_TAGS } from '../i18n/languages.ts';
import { preferredLang } from '../i18n/preferred-lang.ts';
import { readPreference } from '../lib/preference-storage.ts';
import { localePath, paths } from './paths.ts';

export function useInitialLanguage() {
  const [location, navigate] = useLocation();
  useEffect(() => {
    if (location !== paths.album()) return;
    const languages = typeof navigator === 'undefined' ? [] : navigator.languages;
    const lang = preferredLang(readPreference('lang', LANG_TAGS), languages);
    if (lang !== DEFAULT_LANG) navigate(localePath(lang, paths.album()), { replace: true });
    // Only the page the visit starts on: later navigation to "/" is the user's own choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
}
