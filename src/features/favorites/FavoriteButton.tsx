// The heart toggle for one track: a real <button> with aria-pressed, named after the track.
// Its press and pop are CSS (favorites.css): the button is on the first screen of every page, and a tap there must
// not wait for the animation code. The pop is a new element per click, so its keyframes run again each time.
import { useState } from 'react';
import { useT } from '../../i18n/i18n.tsx';
import { useFavorites } from './favorites-store.ts';
import './favorites.css';

interface FavoriteButtonProps {
  slug: string;
  title: string;
  /** Show the word "Favorite" next to the heart (the track page); icon only otherwise. */
  withLabel?: boolean;
  /** Called after a click with the new state. */
  onToggle?: (pressed: boolean) => void;
}

export function FavoriteButton({ slug, title, withLabel = false, onToggle }: FavoriteButtonProps) {
  const t = useT();
  const pressed = useFavorites((s) => s.slugs.includes(slug));
  const toggle = useFavorites((s) => s.toggle);
  const [pops, setPops] = useState(0);
  return (
    <button
      type="button"
      className={withLabel ? 'favorite-button favorite-button--label' : 'favorite-button'}
      aria-pressed={pressed}
      aria-label={t.favorites.toggle(title)}
      onClick={() => {
        toggle(slug);
        setPops((n) => n + 1);
        onToggle?.(!pressed);
      }}
    >
      <span className="favorite-button__icon">
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
          <path d="M12 20.6 4.1 12.9a4.9 4.9 0 0 1 6.9-7L12 6.9l1-1a4.9 4.9 0 0 1 6.9 7Z" />
        </svg>
        {pressed && pops > 0 && <span key={pops} className="favorite-button__pop" aria-hidden="true" />}
      </span>
      {withLabel && <span className="favorite-button__text">{t.favorites.toggleShort}</span>}
    </button>
  );
}
