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

/** Renders an SVG document to a PNG of the given width (height follows the viewBox). */
export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      fontFiles,
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      serifFamily: 'DejaVu Serif',
    },
  });
  return resvg.render().asPng();
}
