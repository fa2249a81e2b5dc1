// Calm notices about saving favorites: storage that cannot be used, and a saved list that could not be read.
import { useT } from '../../i18n/i18n.tsx';
import { favoritesStorage } from './favorites-store.ts';
import { useStorageStatus } from './use-favorites.ts';
import './favorites.css';

export function FavoritesNotice() {
  const t = useT();
  const status = useStorageStatus();
  return (
    <div className="favorites-notice" role="status">
      {(status.memoryOnly || status.unsaved) && (
        <p className="favorites-notice__item">{t.favorites.notSaved}</p>
      )}
      {status.recovered && (
        <p className="favorites-notice__item">
          {t.favorites.recovered}{' '}
          <button
            type="button"
            className="button button--ghost favorites-notice__dismiss"
            onClick={favoritesStorage.dismissRecovered}
          >
            {t.favorites.dismiss}
          </button>
        </p>
      )}
    </div>
  );
}
