// The ranking as an image, drawn in the browser on a canvas: the app's own cover drawing (an SVG, drawn from a
// data: URL, so nothing is fetched and the canvas stays readable), a title and the ranked titles. Portrait for a
// post (1080×1350) and a story (1080×1920). The layout is pure (tested); the drawing needs a real canvas (e2e).

/** Text in Latin letters only (with digits, spaces and punctuation), which the serif face can set. */
const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]*$/u;

export const IMAGE_FORMATS = {
  portrait: { width: 1080, height: 1350 },
  story: { width: 1080, height: 1920 },
} as const;
export type ImageFormat = keyof typeof IMAGE_FORMATS;

export interface ImageRow {
  /** "1.", "2위"… */
  place: string;
  /** The titles at this place (more than one when tied). */
  titles: readonly string[];
}

export interface ImageText {
  title: string;
  rows: readonly ImageRow[];
  footer: string;
}

interface Box {
  x: number;
  y: number;
  size: number;
}

export interface ImageLayout {
  width: number;
  height: number;
  cover: Box;
  /** The title's baseline and largest size; it shrinks to fit `maxWidth`. */
  title: Box & { maxWidth: number };
  rows: { x: number; top: number; height: number; fontSize: number; maxWidth: number };
  footer: { x: number; y: number; size: number };
}

const MARGIN = 72;

/** Where everything goes for a format and a number of rows: rows share the space left, up to a comfortable size. */
export function imageLayout(format: ImageFormat, rowCount: number): ImageLayout {
  const { width, height } = IMAGE_FORMATS[format];
  const story = format === 'story';
  const cover = story ? { x: (width - 480) / 2, y: 140, size: 480 } : { x: MARGIN, y: MARGIN, size: 300 };
  const title = story
    ? { x: MARGIN, y: cover.y + cover.size + 130, size: 84, maxWidth: width - 2 * MARGIN }
    : {
        x: cover.x + cover.size + 48,
        y: cover.y + 190,
        size: 72,
        maxWidth: width - cover.size - 48 - 2 * MARGIN,
      };
  const rowsTop = story ? title.y + 70 : cover.y + cover.size + 60;
  const footer = { x: MARGIN, y: height - MARGIN + 10, size: 30 };
  const space = footer.y - 60 - rowsTop;
  const rowHeight = Math.min(story ? 130 : 110, Math.floor(space / Math.max(1, rowCount)));
  return {
    width,
    height,
    cover,
    title,
    rows: {
      x: MARGIN,
      top: rowsTop,
      height: rowHeight,
      fontSize: Math.round(rowHeight * 0.56),
      maxWidth: width - 2 * MARGIN,
    },
    footer,
  };
}

const SANS = "system-ui, 'Apple SD Gothic Neo', 'Noto Sans KR', 'Malgun Gothic', sans-serif";
const SERIF = "Georgia, 'Times New Roman', serif";
const INK = '#2a1419';
const ROSE = '#9e2f4f';
const MUTED = '#6e4a54';

/** Writes text at the largest size (from `size` down to 60% of it) that fits, else cut with an ellipsis. */
function fitText(
  ctx: CanvasRenderingContext2D,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  size: number,
  font: (px: number) => string,
): void {
  let px = size;
  ctx.font = font(px);
  while (ctx.measureText(text).width > maxWidth && px > size * 0.6) {
    px -= 2;
    ctx.font = font(px);
  }
  let shown = text;
  while (ctx.measureText(shown).width > maxWidth && shown.length > 1) shown = `${shown.slice(0, -2)}…`;
  ctx.fillText(shown, x, y);
}

/** The cover drawing as an image; null when the browser cannot draw it (the image is made without it). */
async function loadSvg(svg: string, size: number): Promise<HTMLImageElement | null> {
  // Sized, so every browser rasterizes it at the size it is drawn.
  const sized = svg.replace(/^<svg\b/, `<svg width="${size}" height="${size}"`);
  const image = new Image(size, size);
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(sized)}`;
  try {
    await image.decode();
    return image;
  } catch {
    return null;
  }
}

/** Draws the ranking image and returns it as a PNG. */
export async function drawRankImage(
  format: ImageFormat,
  text: ImageText,
  coverSvg: string | null,
): Promise<Blob> {
  const layout = imageLayout(format, text.rows.length);
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');

  const background = ctx.createLinearGradient(0, 0, layout.width, layout.height);
  background.addColorStop(0, '#fff7f8');
  background.addColorStop(1, '#f4c9d0');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, layout.width, layout.height);

  const { cover } = layout;
  const image = coverSvg ? await loadSvg(coverSvg, cover.size) : null;
  ctx.save();
  ctx.beginPath();
  if (typeof ctx.roundRect === 'function') ctx.roundRect(cover.x, cover.y, cover.size, cover.size, 28);
  else ctx.rect(cover.x, cover.y, cover.size, cover.size);
  ctx.clip();
  if (image) ctx.drawImage(image, cover.x, cover.y, cover.size, cover.size);
  else {
    ctx.fillStyle = '#eab0bb';
    ctx.fill();
  }
  ctx.restore();

  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = INK;
  const titleFace =
    // An italic serif has no Hangul (nor most scripts): a title outside Latin letters is set in the sans face.
    LATIN.test(text.title)
      ? (px: number) => `italic ${px}px ${SERIF}`
      : (px: number) => `700 ${px}px ${SANS}`;
  fitText(
    ctx,
    text.title,
    layout.title.x,
    layout.title.y,
    layout.title.maxWidth,
    layout.title.size,
    titleFace,
  );

  const { rows } = layout;
  const placeWidth = rows.fontSize * 2.2;
  text.rows.forEach((row, i) => {
    const top = rows.top + i * rows.height;
    const baseline = top + rows.height * 0.68;
    if (i > 0) {
      ctx.fillStyle = 'rgba(158, 47, 79, 0.18)';
      ctx.fillRect(rows.x, top, rows.maxWidth, 2);
    }
    ctx.fillStyle = ROSE;
    ctx.font = `700 ${rows.fontSize}px ${SANS}`;
    ctx.fillText(row.place, rows.x, baseline);
    ctx.fillStyle = INK;
    fitText(
      ctx,
      row.titles.join('  =  '),
      rows.x + placeWidth,
      baseline,
      rows.maxWidth - placeWidth,
      rows.fontSize,
      (px) => `${px}px ${SANS}`,
    );
  });

  ctx.fillStyle = MUTED;
  ctx.font = `${layout.footer.size}px ${SANS}`;
  ctx.fillText(text.footer, layout.footer.x, layout.footer.y);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
  );
}
