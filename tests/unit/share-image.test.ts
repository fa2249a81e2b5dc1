import { describe, expect, it } from 'vitest';
import { resolveFontFamilies, svgToPng } from '../../build/raster.ts';
import { fitTitle, shareImages, shareImageSvg, trackImageText } from '../../build/share-image.ts';
import { pageMeta } from '../../src/app/seo.ts';
import { content } from '../fixtures.ts';

const cover =
  '<svg viewBox="0 0 600 600" xmlns="http://www.w3.org/2000/svg"><rect width="600" height="600" fill="#fbe3e6"/></svg>';

function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('share images', () => {
  it('makes one image per track, one for the album and one for the rank page, at the paths og:image names', () => {
    const data = content();
    const images = shareImages(data, cover);
    expect(images.size).toBe(data.tracks.length + 2);
    const named = [
      pageMeta({ kind: 'album' }, data, 'en').image,
      pageMeta({ kind: 'rank' }, data, 'ko').image,
      ...data.tracks.map((t) => pageMeta({ kind: 'track', slug: t.slug }, data, 'ko').image),
    ];
    expect([...images.keys()].map((k) => `/${k}`).sort()).toEqual(named.sort());
  });

  it('puts the number, the title as styled and the featured artist on a track image', () => {
    const apt = content().tracks.find((t) => t.slug === 'apt')!;
    expect(trackImageText(apt)).toEqual({
      kicker: 'Track 6',
      title: 'APT.',
      details: ['with Bruno Mars', '2:49'],
    });
    const last = content().tracks.at(-1)!;
    expect(trackImageText(last).details).toEqual([]); // unknown length: nothing rather than 0:00
  });

  it('escapes the text it writes into the SVG', () => {
    const svg = shareImageSvg(cover, { kicker: 'Track 1', title: 'R&B <3', details: ['"quoted"'] });
    expect(svg).toContain('R&amp;B &lt;3');
    expect(svg).not.toContain('<3');
    expect(svg).toContain('&quot;quoted&quot;');
  });

  it('wraps a long title onto at most two lines, and keeps a short one large', () => {
    expect(fitTitle('stay a little longer').lines).toEqual(['stay a little', 'longer']);
    expect(fitTitle('APT.')).toEqual({ size: 96, lines: ['APT.'] });
  });

  it('renders to a 1200×630 PNG', () => {
    const png = svgToPng(shareImageSvg(cover, { kicker: 'Track 2', title: '3am', details: ['2:34'] }), 1200);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
});

describe('resolveFontFamilies (resvg reads only the first family of a list)', () => {
  it('rewrites a browser font stack to the first family we ship', () => {
    expect(
      resolveFontFamilies(
        `<text font-family="Georgia, &#x27;Times New Roman&#x27;, &#x27;DejaVu Serif&#x27;, serif">`,
      ),
    ).toBe('<text font-family="DejaVu Serif">');
    expect(resolveFontFamilies(`<text font-family="'Helvetica Neue', Arial, sans-serif">`)).toBe(
      '<text font-family="DejaVu Sans">',
    );
  });

  it('leaves a list it cannot improve alone', () => {
    expect(resolveFontFamilies('<text font-family="Georgia">')).toBe('<text font-family="Georgia">');
  });

  it('draws the italic serif lettering in the serif face, not the default sans', () => {
    const text = (family: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><text x="5" y="70" font-size="60" font-style="italic" font-family="${family}">rosie</text></svg>`;
    const stack = svgToPng(text("Georgia, 'DejaVu Serif', serif"), 300);
    expect(stack.equals(svgToPng(text('DejaVu Serif'), 300))).toBe(true);
    expect(stack.equals(svgToPng(text('DejaVu Sans'), 300))).toBe(false);
  });
});
