// A Share button that walks the share chain (Web Share → clipboard → a selected field) and says what happened
// in a polite live region.
import { useEffect, useRef, useState } from 'react';
import { shareUrl, type ShareOutcome, type ShareTarget } from '../lib/share.ts';
import { useOnline } from './use-online.ts';

export interface ShareButtonLabels {
  share: string;
  copied: string;
  manual: string;
  /** Shown while offline: sharing still works, but whoever opens the link needs a connection (t.pwa.shareOffline). */
  offline?: string;
}

interface ShareButtonProps {
  /** Built on click, so the URL is read from the live location (never during server rendering). */
  target: () => ShareTarget;
  labels: ShareButtonLabels;
  className?: string;
}

export function ShareButton({ target, labels, className = 'button' }: ShareButtonProps) {
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);
  const field = useRef<HTMLInputElement>(null);
  const online = useOnline();

  useEffect(() => {
    if (outcome?.kind === 'manual') field.current?.select();
  }, [outcome]);

  return (
    <div className="share">
      <button
        type="button"
        className={className}
        onClick={() => {
          // Clear first, so a second "Link copied" is announced again by the live region.
          setOutcome(null);
          void shareUrl(target()).then(setOutcome);
        }}
      >
        {labels.share}
      </button>
      {!online && labels.offline && <p className="share__offline">{labels.offline}</p>}
      <p className="share__status" role="status" aria-live="polite">
        {outcome?.kind === 'copied' ? labels.copied : ''}
      </p>
      {outcome?.kind === 'manual' && (
        <label className="share__manual">
          {labels.manual}
          <input
            ref={field}
            type="url"
            readOnly
            value={outcome.url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </div>
  );
}
