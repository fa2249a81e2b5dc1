// The version of the app in the footer: after an update, people (and support) can see which one is running.
import { useT } from '../../i18n/i18n.tsx';

/** Set at build time (build/build.ts: VITE_APP_VERSION, else package.json's version). */
const VERSION = (import.meta.env.VITE_APP_VERSION as string | undefined) ?? 'dev';

export function AppVersion() {
  const t = useT();
  return <p className="pwa-version">{t.pwa.version(VERSION)}</p>;
}
