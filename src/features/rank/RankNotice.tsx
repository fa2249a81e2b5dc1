// Calm notices about the saved ranking: storage that cannot be used, a saved run that could not be read (kept aside
// in a backup), and a run restarted because the album's tracks changed since it began.
import { useRankT } from './rank-messages.ts';
import { rankStorage } from './rank-store.ts';
import { useRankStorageStatus } from './use-rank.ts';

export function RankNotice({ restarted }: { restarted: boolean }) {
  const r = useRankT();
  const status = useRankStorageStatus();
  return (
    <div className="rank-notice" role="status">
      {restarted && <p className="rank-notice__item">{r.restarted}</p>}
      {(status.memoryOnly || status.unsaved) && <p className="rank-notice__item">{r.notSaved}</p>}
      {status.recovered && (
        <p className="rank-notice__item">
          {r.recovered}{' '}
          <button type="button" className="button button--ghost" onClick={rankStorage.dismissRecovered}>
            {r.dismiss}
          </button>
        </p>
      )}
    </div>
  );
}
