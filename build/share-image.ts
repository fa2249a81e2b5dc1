// Share images (Open Graph / Twitter cards): a 1200×630 SVG per track and one for the album, built from the app's
// own cover artwork and rendered to PNG at build time by build/raster.ts.
import type { Content, Track } from '../src/content/schema.ts';
import { mergeInsertionWorstCase } from '../src/features/rank/sorter.ts';
import { escapeHtml } from './html.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

export interface ShareImageText {
  /** Small line above the title, e.g. "Track 6". */
  kicker: string;
  /** The title as styled, e.g. "APT.". */
  title: string;
  /** Lines under the title, e.g. "with Bruno Mars", "2:49". */
  details: string[];
}

const TEXT_X = 640;
const TEXT_WIDTH = SHARE_IMAGE.width - TEXT_X - 56;
/** DejaVu Serif Italic's average advance is about half the font size (a little more for capitals). */
const CHAR_WIDTH = 0.52;

/** Breaks a title into at most two lines at the largest size (from 96 px down) that fits the text column. */
export function fitTitle(title: string): { size: number; lines: string[] } {
  for (let size = 96; size > 40; size -= 4) {
    const perLine = Math.floor(TEXT_WIDTH / (size * CHAR_WIDTH));
    const lines = wrap(title, perLine);
    if (lines.length <= 2 && lines.every((l) => l.length <= perLine)) return { size, lines };
  }
  return { size: 40, lines: wrap(title, Math.floor(TEXT_WIDTH / (40 * CHAR_WIDTH))) };
}

function wrap(text: string, perLine: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= perLine)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Places a standalone cover SVG document (viewBox 0 0 600 600) as a square at (x, y) of the given size. */
function placeCover(coverSvg: string, x: number, y: number, size: number): string {
  return coverSvg.replace(/^<svg\b/, `<svg x="${x}" y="${y}" width="${size}" height="${size}"`);
}

/** The share image as an SVG document: the cover on the left, the text on the right. */
export function shareImageSvg(coverSvg: string, text: ShareImageText): string {
  const { width, height } = SHARE_IMAGE;
  const { size, lines } = fitTitle(text.title);
  const coverSize = 510;
  const coverXY = (height - coverSize) / 2;
  const lineHeight = Math.round(size * 1.08);
  const titleTop = 200 + size;
  const titleBottom = titleTop + lineHeight * (lines.length - 1);
  const e = escapeHtml;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<defs>',
    '<linearGradient id="og-bg" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#fff7f8"/><stop offset="1" stop-color="#f4c9d0"/></linearGradient>',
    `<clipPath id="og-cover-clip"><rect x="${coverXY}" y="${coverXY}" width="${coverSize}" height="${coverSize}" rx="28"/></clipPath>`,
    '</defs>',
    `<rect width="${width}" height="${height}" fill="url(#og-bg)"/>`,
    `<rect x="${coverXY + 6}" y="${coverXY + 14}" width="${coverSize}" height="${coverSize}" rx="28" fill="#4a1226" fill-opacity="0.18"/>`,
    `<g clip-path="url(#og-cover-clip)">${placeCover(coverSvg, coverXY, coverXY, coverSize)}</g>`,
    `<text x="${TEXT_X}" y="150" font-family="DejaVu Sans" font-size="30" font-weight="700" letter-spacing="4" fill="#9e2f4f">${e(text.kicker.toUpperCase())}</text>`,
    ...lines.map(
      (line, i) =>
        `<text x="${TEXT_X - 4}" y="${titleTop + i * lineHeight}" font-family="DejaVu Serif" font-style="italic" font-size="${size}" fill="#2a1419">${e(line)}</text>`,
    ),
    ...text.details.map(
      (line, i) =>
        `<text x="${TEXT_X}" y="${titleBottom + 70 + i * 46}" font-family="DejaVu Sans" font-size="34" fill="#6e4a54">${e(line)}</text>`,
    ),
    `<text x="${TEXT_X}" y="${height - 60}" font-family="DejaVu Sans" font-size="26" fill="#6e4a54">rosie by ROSÉ · a fan app</text>`,
    '</svg>',
  ].join('\n');
}

/** The words on a track's image: its number, title as styled, featured artist and duration (when known). */
export function trackImageText(track: Track): ShareImageText {
  return {
    kicker: `Track ${track.number}`,
    title: track.title,
    details: [track.featuring ? `with ${track.featuring}` : null, track.duration].filter((d) => d !== null),
  };
}

/** The words on the album's image. */
export function albumImageText(content: Content): ShareImageText {
  return {
    kicker: content.album.artist,
    title: content.album.title,
    details: [`${content.tracks.length} tracks`, `Released ${content.album.release.date}`],
  };
}

/** The words on the rank page's image. */
export function rankImageText(content: Content): ShareImageText {
  const n = content.tracks.length;
  return {
    kicker: `${content.album.title} by ${content.album.artist}`,
    title: 'Rank the album',
    details: [`${n} tracks, ${mergeInsertionWorstCase(n)} picks or fewer`, 'Share your order'],
  };
}

/** Every share image of the build: file name within the output ("og/apt.png") → SVG document. */
export function shareImages(content: Content, coverSvg: string): Map<string, string> {
  const images = new Map([
    ['og/album.png', shareImageSvg(coverSvg, albumImageText(content))],
    ['og/rank.png', shareImageSvg(coverSvg, rankImageText(content))],
  ]);
  for (const track of content.tracks)
    images.set(`og/${track.slug}.png`, shareImageSvg(coverSvg, trackImageText(track)));
  return images;
}
