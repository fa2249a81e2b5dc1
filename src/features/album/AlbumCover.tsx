// The album cover: the original artwork in its sleeve, with a record that slides out on hover or tap (or Enter).
// The stage has a fixed aspect ratio, so nothing shifts; under reduced motion the record stays put. The motion is
// CSS (album.css): the cover is the first thing on screen, and it moves at once, before any animation code loads.
import { useState, type KeyboardEvent } from 'react';
import { usePrefersReducedMotion } from '../../ui/use-reduced-motion.ts';
import { CoverArt } from './CoverArt.tsx';
import { Vinyl } from './Vinyl.tsx';
import './album.css';

export function AlbumCover({ alt }: { alt: string }) {
  const still = usePrefersReducedMotion();
  const [out, setOut] = useState(false);
  const toggle = () => setOut((o) => !o);
  return (
    <figure
      className={out && !still ? 'album-cover album-cover--out' : 'album-cover'}
      // A tab stop only while the record can move (the server renders it: motion is the default).
      tabIndex={still ? undefined : 0}
      onClick={still ? undefined : toggle}
      onKeyDown={
        still ? undefined : (event: KeyboardEvent) => event.key === 'Enter' && !event.repeat && toggle()
      }
    >
      {/* The record slides (outer) while the disc turns (inner), so its shadow stays below it. */}
      <div className="album-cover__record">
        <div className="album-cover__disc">
          <Vinyl />
        </div>
      </div>
      <div className="album-cover__sleeve">
        <CoverArt role="img" aria-label={alt} className="album-cover__art" width="600" height="600" />
      </div>
    </figure>
  );
}
