// The number of favorites next to the navigation link; nothing until the saved favorites have been read.
import { useFavorites } from './favorites-store.ts';
import { useFavoritesReady } from './use-favorites.ts';
import './favorites.css';

export function FavoritesCount({ known }: { known: readonly string[] }) {
  const ready = useFavoritesReady();
  const count = useFavorites((s) => s.slugs.filter((slug) => known.includes(slug)).length);
  if (!ready || count === 0) return null;
  return (
    <>
      {' '}
      <span className="favorites-count tabular">{count}</span>
    </>
  );
}
