// A quiet "Offline" badge in the header while the browser has no connection (announced politely).
import { useT } from '../../i18n/i18n.tsx';
import { useOnline } from '../../ui/use-online.ts';
import './pwa.css';

export function OfflineBadge() {
  const t = useT();
  const online = useOnline();
  return (
    <span role="status" className="pwa-status">
      {!online && (
        <span className="pwa-offline" title={t.pwa.offlineTitle}>
          {t.pwa.offline}
        </span>
      )}
    </span>
  );
}
