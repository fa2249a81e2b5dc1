// The install artwork as SVG documents, composed from the app's own cover drawing and the album data: app icons
// (plain and maskable) and the two manifest screenshots. Pure string building; build/pwa-assets-plugin.ts
// turns them into PNGs.
import { escapeHtml } from './html.ts';

export const BACKGROUND = '#fff7f8';
export const BLUSH = '#fbe3e6';
export const INK = '#2a1419';
export const MUTED = '#6e4a54';
export const LINE = '#ecd3d8';

/** `coverSvg()` output (a 600×600 viewBox) placed at x, y with the given size, inside another SVG. */
function placeArt(coverSvg: string, x: number, y: number, size: number): string {
  return coverSvg.replace(/^<svg /, `<svg x="${x}" y="${y}" width="${size}" height="${size}" `);
}

/** A square icon: the cover art edge to edge. */
export function iconSvg(coverSvg: string): string {
  return coverSvg;
}

/**
 * A maskable icon: the art shrunk into the central safe zone (a circle of 40% radius) on a full-bleed background,
 * so launchers can crop it to any shape without cutting the rose.
 */
export function maskableIconSvg(coverSvg: string): string {
  const size = 600;
  const inner = Math.round(size * 0.72);
  const offset = (size - inner) / 2;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}"><rect width="${size}" height="${size}" fill="${BLUSH}"/>${placeArt(coverSvg, offset, offset, inner)}</svg>`;
}

export interface ScreenshotTrack {
  number: number;
  title: string;
  duration: string | null;
}

export interface ScreenshotInput {
  coverSvg: string;
  title: string;
  artist: string;
  tracks: readonly ScreenshotTrack[];
}

const serif = `font-family="'DejaVu Serif', serif"`;
const sans = `font-family="'DejaVu Sans', sans-serif"`;

function trackRows(tracks: readonly ScreenshotTrack[], x: number, y: number, width: number, row: number) {
  return tracks
    .map((t, i) => {
      const top = y + i * row;
      return [
        `<text x="${x + 34}" y="${top + row * 0.62}" ${sans} font-size="${row * 0.36}" fill="${MUTED}" text-anchor="end">${t.number}</text>`,
        `<text x="${x + 52}" y="${top + row * 0.62}" ${sans} font-size="${row * 0.4}" fill="${INK}">${escapeHtml(t.title)}</text>`,
        `<text x="${x + width}" y="${top + row * 0.62}" ${sans} font-size="${row * 0.36}" fill="${MUTED}" text-anchor="end">${t.duration ?? '–'}</text>`,
        `<rect x="${x}" y="${top + row - 1}" width="${width}" height="1" fill="${LINE}"/>`,
      ].join('');
    })
    .join('');
}

function header(width: number, pad: number) {
  return `<text x="${pad}" y="64" ${serif} font-style="italic" font-size="40" fill="${INK}">rosie</text><rect x="0" y="100" width="${width}" height="1" fill="${LINE}"/>`;
}

/** A phone-shaped (portrait) picture of the home page: cover, title and the tracklist. */
export function narrowScreenshotSvg({ coverSvg, title, artist, tracks }: ScreenshotInput): string {
  const [w, h, pad] = [720, 1280, 40];
  const art = 400;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${BACKGROUND}"/>${header(w, pad)}${placeArt(coverSvg, pad, 130, art)}<text x="${pad}" y="640" ${serif} font-style="italic" font-size="88" fill="${INK}">${escapeHtml(title)}</text><text x="${pad}" y="690" ${sans} font-size="28" letter-spacing="3" fill="${INK}">${escapeHtml(artist)}</text>${trackRows(tracks, pad, 720, w - 2 * pad, 46)}</svg>`;
}

/** A desktop-shaped (landscape) picture of the home page: cover and title beside the tracklist. */
export function wideScreenshotSvg({ coverSvg, title, artist, tracks }: ScreenshotInput): string {
  const [w, h, pad] = [1280, 720, 56];
  const art = 420;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="${BACKGROUND}"/>${header(w, pad)}${placeArt(coverSvg, pad, 140, art)}<text x="${pad}" y="650" ${serif} font-style="italic" font-size="72" fill="${INK}">${escapeHtml(title)}</text><text x="${pad + 230}" y="650" ${sans} font-size="26" letter-spacing="3" fill="${INK}">${escapeHtml(artist)}</text>${trackRows(tracks, 560, 130, w - 560 - pad, 46)}</svg>`;
}
