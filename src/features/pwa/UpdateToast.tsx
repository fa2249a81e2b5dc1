// "A new version is available" with Reload (the new worker takes over and the page reloads) and Later.
import { useT } from '../../i18n/i18n.tsx';
import { Toast } from './Toast.tsx';

export function UpdateToast({ onReload, onLater }: { onReload: () => void; onLater: () => void }) {
  const t = useT();
  return (
    <Toast
      actions={
        <>
          <button type="button" className="button" onClick={onReload}>
            {t.pwa.reload}
          </button>
          <button type="button" className="button button--ghost" onClick={onLater}>
            {t.pwa.later}
          </button>
        </>
      }
    >
      {t.pwa.updateAvailable}
    </Toast>
  );
}
