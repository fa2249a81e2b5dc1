// Switches between the English and Korean version of the current page.
import { useLocation } from 'wouter';
import { useLang, useT } from '../i18n/i18n.tsx';
import { localePath, routerBase, splitLocale } from './paths.ts';

export function LanguageSwitch() {
  const [location] = useLocation();
  const lang = useLang();
  const t = useT();
  const other = lang === 'en' ? 'ko' : 'en';
  const { path } = splitLocale(location);
  return (
    <a
      className="lang-switch"
      href={routerBase + localePath(other, path)}
      hrefLang={other}
      lang={other}
      aria-label={`${t.common.language}: ${t.common.switchTo}`}
    >
      {t.common.switchTo}
    </a>
  );
}
