// Links out to listen: the album on Apple Music by its verified id, and searches on Spotify and YouTube Music.
import { useAlbum } from '../../content/catalog-store.tsx';
import type { Track } from '../../content/schema.ts';
import { useTrackT } from './track-messages.ts';
import { listenLinks, type ListenLink } from './listen-links.ts';

export function ListenLinks({ track }: { track: Track }) {
  const t = useTrackT();
  const album = useAlbum();
  const label: Record<ListenLink['service'], string> = {
    'apple-music': t.appleMusic,
    spotify: t.spotify,
    'youtube-music': t.youtubeMusic,
  };
  return (
    <section className="track-section listen" aria-labelledby="listen-heading">
      <h2 id="listen-heading">{t.listen}</h2>
      <ul className="listen__links">
        {listenLinks({ album, track }).map((link) => (
          <li key={link.service}>
            <a className="button button--ghost" href={link.url} rel="noopener noreferrer" target="_blank">
              {label[link.service]}
              <span className="visually-hidden"> {t.newTab}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
