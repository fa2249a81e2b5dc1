// The album cover: original artwork with a text alternative, in a fixed square so it never shifts layout.
import { CoverArt } from './CoverArt.tsx';

export function AlbumCover({ alt }: { alt: string }) {
  return (
    <figure className="album-cover">
      <CoverArt role="img" aria-label={alt} className="album-cover__art" width="600" height="600" />
    </figure>
  );
}
