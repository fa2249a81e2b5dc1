// The tracklist with a favorite heart on every row, linking each track to its page in the reader's language, and a
// link to rank the tracks.
import { Link } from 'wouter';
import { useTracks } from '../content/catalog-store.tsx';
import { Tracklist } from '../features/album/Tracklist.tsx';
import { FavoriteButton } from '../features/favorites/FavoriteButton.tsx';
import { useLang, useT } from '../i18n/i18n.tsx';
import { localePath, paths } from './paths.ts';

export function TracklistWithHearts() {
  const tracks = useTracks();
  const lang = useLang();
  const t = useT();
  return (
    <Tracklist
      tracks={tracks}
      trackHref={(track) => localePath(lang, paths.track(track.slug))}
      renderActions={(track) => <FavoriteButton slug={track.slug} title={track.title} />}
      footer={
        <p className="tracklist__rank">
          <Link href={localePath(lang, paths.rank())} className="button button--ghost">
            {t.rank.fromTracklist}
          </Link>
        </p>
      }
    />
  );
}
