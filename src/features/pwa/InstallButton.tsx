// Install: a button where the browser offers an install prompt, a short "Add to Home Screen" hint on iOS Safari,
// nothing once installed. Decided after mount: the server cannot know the browser.
import { useT } from '../../i18n/i18n.tsx';
import { useClientValue } from '../../ui/use-client.ts';
import { isIosSafari, isStandalone } from './install.ts';
import { useInstallStore } from './install-store.ts';
import './pwa.css';

export function InstallButton() {
  const t = useT();
  const canPrompt = useInstallStore((s) => s.prompt !== null);
  const installed = useInstallStore((s) => s.installed);
  const install = useInstallStore((s) => s.install);

  const environment = useClientValue(detectEnvironment, 'unknown');

  if (installed || environment === 'standalone' || environment === 'unknown') return null;
  if (canPrompt) {
    return (
      <button
        type="button"
        className="button button--ghost"
        aria-label={t.pwa.installLabel}
        onClick={() => void install()}
      >
        {t.pwa.install}
      </button>
    );
  }
  if (environment === 'ios') {
    return (
      <details className="pwa-ios-hint">
        <summary className="button button--ghost">{t.pwa.iosInstallSummary}</summary>
        <p>{t.pwa.iosInstallHint}</p>
      </details>
    );
  }
  return null;
}

function detectEnvironment(): 'standalone' | 'ios' | 'other' {
  const matches = (query: string) =>
    typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
  if (isStandalone(matches, (navigator as Navigator & { standalone?: boolean }).standalone))
    return 'standalone';
  return isIosSafari(navigator.userAgent, navigator.maxTouchPoints) ? 'ios' : 'other';
}
