// Links out of the app (streaming services, sources) need the network: while offline, following one says so
// in a toast instead of landing on the browser's error page.
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useOnline } from '../../ui/use-online.ts';
import { Toast } from './Toast.tsx';

function externalLink(target: EventTarget | null): HTMLAnchorElement | null {
  if (!(target instanceof Element)) return null;
  const link = target.closest('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return null;
  const url = new URL(link.href, window.location.href);
  return /^https?:$/.test(url.protocol) && url.origin !== window.location.origin ? link : null;
}

export function OfflineLinkNotice() {
  const t = useT();
  const online = useOnline();
  const [blocked, setBlocked] = useState(false);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || navigator.onLine || !externalLink(event.target)) return;
      event.preventDefault();
      setBlocked(true);
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);

  if (!blocked || online) return null;
  return (
    <Toast
      actions={
        <button type="button" className="button button--ghost" onClick={() => setBlocked(false)}>
          {t.pwa.dismiss}
        </button>
      }
    >
      {t.pwa.linkNeedsNetwork}
    </Toast>
  );
}
