// The page shell: skip link, header with navigation, main content, footer.
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { useCatalog } from '../content/catalog-store.tsx';
import { FavoritesCount } from '../features/favorites/FavoritesCount.tsx';
import { useLang, useT } from '../i18n/i18n.tsx';
import { localePath, paths } from './paths.ts';
import { ThemeToggle } from '../features/theme/ThemeToggle.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';

interface ShellProps {
  children: ReactNode;
  headerExtras?: ReactNode;
  footerExtras?: ReactNode;
}

export function Shell({ children, headerExtras, footerExtras }: ShellProps) {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.common.skipToContent}
      </a>
      <Header extras={headerExtras} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <Footer extras={footerExtras} />
    </>
  );
}

function Header({ extras }: { extras?: ReactNode }) {
  const t = useT();
  const lang = useLang();
  const tracks = useCatalog((s) => s.content?.tracks);
  return (
    <header className="site-header">
      <Link href={localePath(lang, paths.album())} className="site-header__brand">
        <svg viewBox="0 0 32 32" width="28" height="28" aria-hidden="true" className="site-header__mark">
          <circle cx="16" cy="16" r="15" />
          <circle cx="16" cy="16" r="5" className="site-header__mark-label" />
        </svg>
        rosie
      </Link>
      <nav aria-label={t.common.navLabel} className="site-nav">
        <Link href={localePath(lang, paths.album())}>{t.common.navAlbum}</Link>
        <Link href={localePath(lang, paths.favorites())}>
          {t.common.navFavorites}
          <FavoritesCount known={tracks?.map((track) => track.slug) ?? []} />
        </Link>
        <Link href={localePath(lang, paths.rank())}>{t.common.navRank}</Link>
      </nav>
      <div className="site-header__tools">
        {extras}
        <LanguageSwitch />
        <ThemeToggle label={t.theme.dark} />
      </div>
    </header>
  );
}

// Every fact names its own sources where it is shown (src/ui/Sourced.tsx): the footer no longer repeats all 60.
function Footer({ extras }: { extras?: ReactNode }) {
  const t = useT();
  return (
    <footer className="site-footer">
      <p className="site-footer__note">{t.common.footerNote}</p>
      {extras}
    </footer>
  );
}
