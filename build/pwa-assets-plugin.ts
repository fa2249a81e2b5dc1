// Vite plugin: generates the install artwork (app icons, maskable icon, apple-touch-icon, manifest screenshots)
// from the app's own cover drawing and album data at build time, and links the apple-touch-icon in every page.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type * as ServerEntry from '../src/entry-server.tsx';
import { iconSvg, maskableIconSvg, narrowScreenshotSvg, wideScreenshotSvg } from './pwa-art.ts';
import { PWA_IMAGES, type PwaImage } from './pwa-options.ts';
import { svgToPng } from './raster.ts';

export interface PwaAssetsOptions {
  /** The SSR build of src/entry-server.tsx (it exports the cover drawing). */
  serverEntry: string;
  /** The content JSON, for the tracklist in the screenshots. */
  dataFile: string;
  /** Vite's base, e.g. "/" or "/rosie/". */
  base: string;
}

export function pwaAssets(options: PwaAssetsOptions): Plugin {
  return {
    name: 'rosie-pwa-assets',
    apply: 'build',
    transformIndexHtml() {
      return [
        {
          tag: 'link',
          attrs: { rel: 'apple-touch-icon', href: `${options.base}${PWA_IMAGES.appleTouch.file}` },
          injectTo: 'head',
        },
      ];
    },
    async generateBundle() {
      const entry = (await import(
        pathToFileURL(path.resolve(options.serverEntry)).href
      )) as typeof ServerEntry;
      const content = entry.parseContent(JSON.parse(fs.readFileSync(options.dataFile, 'utf8')));
      const plain = entry.coverSvg({ lettering: false });
      const screenshot = {
        coverSvg: plain,
        title: content.album.title,
        artist: content.album.artist,
        tracks: content.tracks,
      };
      const svgFor = (image: PwaImage): string => {
        switch (image.art) {
          case 'icon':
            return iconSvg(plain);
          case 'maskable':
            return maskableIconSvg(plain);
          case 'narrow':
            return narrowScreenshotSvg(screenshot);
          case 'wide':
            return wideScreenshotSvg(screenshot);
        }
      };
      for (const image of Object.values(PWA_IMAGES)) {
        this.emitFile({ type: 'asset', fileName: image.file, source: svgToPng(svgFor(image), image.width) });
      }
    },
  };
}
