// SVG → PNG at build time with resvg (no browser, no network), with the DejaVu fonts shipped in node_modules so
// text renders the same on every machine, then quantized to a small indexed-colour PNG by UPNG.js. Used for share
// images, icons and manifest screenshots.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import UPNG from 'upng-js';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fontFiles = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif.ttf', 'DejaVuSerif-Italic.ttf'].map(
  (f) => path.join(fontDir, f),
);

/** The families we load, and what the generic families mean here. */
const AVAILABLE = new Map([
  ['dejavu sans', 'DejaVu Sans'],
  ['dejavu serif', 'DejaVu Serif'],
  ['sans-serif', 'DejaVu Sans'],
  ['serif', 'DejaVu Serif'],
]);

/**
 * resvg only tries the FIRST family of a `font-family` list (then its default font), and ignores the generic
 * `serif` here: "Georgia, 'DejaVu Serif', serif" would come out in DejaVu Sans. Browsers need the list as
 * written, so instead of changing the artwork we rewrite each list to the first family we actually have.
 */
export function resolveFontFamilies(svg: string): string {
  return svg.replace(/font-family=(["])(.*?)\1/g, (whole, quote: string, list: string) => {
    const families = list
      .replace(/&#x27;|&#39;|&quot;/g, "'")
      .split(',')
      .map((f) =>
        f
          .trim()
          .replace(/^['"]|['"]$/g, '')
          .toLowerCase(),
      );
    const found = families.map((f) => AVAILABLE.get(f)).find((f) => f !== undefined);
    return found ? `font-family=${quote}${found}${quote}` : whole;
  });
}

/**
 * Colours in every generated PNG's palette. The artwork is flat colour with soft gradients: at 128 colours the
 * gradient steps stay within 2–3 levels of 8-bit (invisible), mean error is under 0.3 level per channel, and the
 * files are 4–7× smaller than 32-bit RGBA (icon-192: 27 KB → 7 KB; a share image: 200 KB → 41 KB). 256 colours
 * look no different and leave icon-192 at 8.5 KB, over its 8 KB budget (tests/e2e/budget.spec.ts).
 */
export const PALETTE_COLORS = 128;

/** resvg's pixels are premultiplied RGBA; PNG stores straight alpha. Opaque pixels (all of ours today) are unchanged. */
function unpremultiply(pixels: Uint8Array): Uint8Array {
  const straight = new Uint8Array(pixels);
  for (let i = 0; i < straight.length; i += 4) {
    const alpha = straight[i + 3] ?? 255;
    if (alpha === 0 || alpha === 255) continue;
    for (let c = i; c < i + 3; c++)
      straight[c] = Math.min(255, Math.round(((straight[c] ?? 0) * 255) / alpha));
  }
  return straight;
}

/** resvg's rendering of an SVG document at the given width (height follows the viewBox), in full 32-bit colour. */
export function renderSvg(svg: string, width: number) {
  return new Resvg(resolveFontFamilies(svg), {
    fitTo: { mode: 'width', value: width },
    font: {
      fontFiles,
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      serifFamily: 'DejaVu Serif',
      sansSerifFamily: 'DejaVu Sans',
    },
  }).render();
}

/**
 * Renders an SVG document to a PNG of the given width (height follows the viewBox): an indexed-colour PNG of at
 * most PALETTE_COLORS colours. Every generated PNG goes through here. Deterministic: the same SVG, the same bytes.
 */
export function svgToPng(svg: string, width: number): Buffer {
  const image = renderSvg(svg, width);
  const rgba = unpremultiply(image.pixels);
  return Buffer.from(UPNG.encode([rgba.buffer as ArrayBuffer], image.width, image.height, PALETTE_COLORS));
}
