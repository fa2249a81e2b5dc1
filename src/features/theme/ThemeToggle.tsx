// The light/dark switch. Its icon follows the theme through CSS (right before hydration too); its pressed state
// is only known in the browser, so the server and the first client render leave it out (hydration matches).
import { useSyncExternalStore } from 'react';
import { currentTheme, setTheme, subscribeTheme } from './theme.ts';
import './theme.css';

interface ThemeToggleProps {
  /** Accessible name, e.g. "Dark theme" (the button is pressed while the dark theme shows). */
  label: string;
}

export function ThemeToggle({ label }: ThemeToggleProps) {
  const theme = useSyncExternalStore(subscribeTheme, currentTheme, () => null);
  return (
    <button
      type="button"
      className="header-control theme-toggle"
      aria-pressed={theme === null ? undefined : theme === 'dark'}
      onClick={() => setTheme(currentTheme() === 'dark' ? 'light' : 'dark')}
    >
      <span className="visually-hidden">{label}</span>
      <svg className="theme-toggle__icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true">
        <g className="theme-toggle__sun">
          <circle cx="12" cy="12" r="4.5" />
          <path d="M12 2v2.5M12 19.5V22M2 12h2.5M19.5 12H22M4.9 4.9l1.8 1.8M17.3 17.3l1.8 1.8M4.9 19.1l1.8-1.8M17.3 6.7l1.8-1.8" />
        </g>
        <path className="theme-toggle__moon" d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" />
      </svg>
    </button>
  );
}
