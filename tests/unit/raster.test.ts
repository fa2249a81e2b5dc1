// svgToPng: every generated PNG (share images, icons, screenshots) is a small indexed-colour PNG that looks like
// resvg's full-colour rendering.
import UPNG from 'upng-js';
import { describe, expect, it } from 'vitest';
import { PALETTE_COLORS, renderSvg, svgToPng } from '../../build/raster.ts';
import { shareImageSvg } from '../../build/share-image.ts';

/** A cover like the real one: a diagonal gradient, overlapping translucent petals, a thin ring. */
const cover = [
  '<svg viewBox="0 0 600 600" xmlns="http://www.w3.org/2000/svg">',
  '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fbe3e6"/><stop offset="1" stop-color="#e8a9b6"/></linearGradient>',
  '<radialGradient id="p"><stop offset="0" stop-color="#f4b6c4"/><stop offset="1" stop-color="#b8456b"/></radialGradient></defs>',
  '<rect width="600" height="600" fill="url(#g)"/>',
  '<circle cx="300" cy="280" r="170" fill="none" stroke="#c98a9a" stroke-opacity="0.4"/>',
  ...[0, 45, 90, 135].map(
    (a) =>
      `<ellipse cx="300" cy="280" rx="50" ry="130" fill="url(#p)" fill-opacity="0.6" transform="rotate(${a} 300 280)"/>`,
  ),
  '</svg>',
].join('');
const svg = shareImageSvg(cover, { kicker: 'Track 6', title: 'APT.', details: ['with Bruno Mars', '2:49'] });

function decode(png: Buffer) {
  const image = UPNG.decode(png.buffer.slice(png.byteOffset, png.byteOffset + png.length) as ArrayBuffer);
  return { ...image, rgba: new Uint8Array(UPNG.toRGBA8(image)[0]!) };
}

describe('svgToPng', () => {
  it('writes an indexed-colour PNG with at most PALETTE_COLORS colours, at the width asked', () => {
    const png = decode(svgToPng(svg, 1200));
    expect({ width: png.width, height: png.height }).toEqual({ width: 1200, height: 630 });
    expect(png.ctype).toBe(3); // palette
    expect(png.tabs.PLTE!.length / 3).toBeLessThanOrEqual(PALETTE_COLORS);
  });

  it('looks like the full-colour rendering, at a fraction of its bytes', () => {
    const small = svgToPng(svg, 1200);
    const full = renderSvg(svg, 1200).asPng();
    const a = decode(small).rgba;
    const b = decode(full).rgba;
    let error = 0;
    for (let i = 0; i < a.length; i++) error += Math.abs(a[i]! - b[i]!);
    const meanError = error / a.length;
    expect(meanError, 'mean error per channel, of 255').toBeLessThan(1);
    expect(small.length, `${small.length} bytes indexed vs ${full.length} RGBA`).toBeLessThan(
      full.length / 3,
    );
  });

  it('keeps translucent pixels their colour (resvg hands over premultiplied alpha)', () => {
    const half = `<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#ff8040" fill-opacity="0.5"/></svg>`;
    const [r, g, b, alpha] = decode(svgToPng(half, 4)).rgba;
    expect(alpha).toBe(128);
    expect([r, g, b].map((c, i) => Math.abs(c! - [255, 128, 64][i]!) <= 2)).toEqual([true, true, true]);
  });

  it('gives the same bytes for the same drawing', () => {
    expect(svgToPng(svg, 600).equals(svgToPng(svg, 600))).toBe(true);
  });
});
