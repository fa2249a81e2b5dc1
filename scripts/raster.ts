// SVG → PNG at build time with resvg (no browser, no network), with the DejaVu fonts shipped in node_modules so
// text renders the same on every machine. Used for share images, icons and manifest screenshots.
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

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

/** Renders an SVG document to a PNG of the given width (height follows the viewBox). */
export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(resolveFontFamilies(svg), {
    fitTo: { mode: 'width', value: width },
    font: {
      fontFiles,
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      serifFamily: 'DejaVu Serif',
      sansSerifFamily: 'DejaVu Sans',
    },
  });
  return resvg.render().asPng();
}
