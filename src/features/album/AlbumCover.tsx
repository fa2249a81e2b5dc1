// The album cover: the original artwork in its sleeve, with a record that slides out on hover or tap.
// The stage has a fixed aspect ratio, so nothing shifts; under reduced motion the record stays put.
import { m, useReducedMotion, type Variants } from 'framer-motion';
import { useState } from 'react';
import { CoverArt } from './CoverArt.tsx';
import { Vinyl } from './Vinyl.tsx';
import './album.css';

// The record slides (outer) while the disc turns (inner), so its shadow stays below it.
const slide: Variants = { rest: { x: 0 }, out: { x: '27%' } };
const spin: Variants = { rest: { rotate: 0 }, out: { rotate: 160 } };
const spring = { type: 'spring', stiffness: 90, damping: 16 } as const;

export function AlbumCover({ alt }: { alt: string }) {
  const reduce = useReducedMotion();
  const [out, setOut] = useState(false);
  const moving = reduce !== true;
  return (
    <m.figure
      className="album-cover"
      // No `initial`: the server writes no inline style; the rest position comes from CSS.
      animate={moving && out ? 'out' : 'rest'}
      whileHover={moving ? 'out' : undefined}
      onTap={moving ? () => setOut((o) => !o) : undefined}
    >
      <m.div className="album-cover__record" variants={slide} transition={spring}>
        <m.div className="album-cover__disc" variants={spin} transition={spring}>
          <Vinyl />
        </m.div>
      </m.div>
      <div className="album-cover__sleeve">
        <CoverArt role="img" aria-label={alt} className="album-cover__art" width="600" height="600" />
      </div>
    </m.figure>
  );
}
