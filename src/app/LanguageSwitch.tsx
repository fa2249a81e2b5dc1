// Links to the current page in each other language (with two languages, one link), and remembers the choice.
import { Link, useLocation } from 'wouter';
import { useLang, useT } from '../i18n/i18n.tsx';
import { LANGUAGES } from '../i18n/languages.ts';
import { writePreference } from '../lib/preference-storage.ts';
import { localePath, splitLocale } from './paths.ts';

export function LanguageSwitch() {
  const [location] = useLocation();
  const lang = useLang();
  const t = useT();
  const { path } = splitLocale(location);
  return LANGUAGES.filter((language) => language.tag !== lang).map((language, index) => (
    <Link
      key={language.tag}
      className="header-control lang-switch"
      href={localePath(language.tag, path)}
      hrefLang={language.tag}
      lang={language.tag}
      aria-label={`${t.common.language}: ${language.name}`}
      onClick={() => writePreference('lang', language.tag)}
    >
      {index === 0 && (
        <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" className="lang-switch__icon">
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3Z" />
        </svg>
      )}
      {language.name}
    </Link>
  ));
}
