// Vite plugin: after the client bundle is generated, renders every route to its own HTML file with its own head.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import type * as ServerEntry from '../src/entry-server.tsx';
import { escapeHtml, metaTag } from './html.ts';
import { svgToPng } from './raster.ts';
import { SHARE_IMAGE, shareImages } from './share-image.ts';

export interface PrerenderOptions {
  /** The SSR build of src/entry-server.tsx. */
  serverEntry: string;
  /** The content JSON, validated here so a broken file fails the build with the bad path named. */
  dataFile: string;
  /** Absolute origin the site is served from, e.g. https://example.com (no trailing slash). */
  siteUrl: string;
  /** Vite's base, e.g. "/" or "/rosie/". */
  base: string;
}

/** "/track/apt" → "track/apt/index.html"; "/404" → "404.html". */
export function htmlFileFor(routePath: string): string {
  if (routePath === '/404') return '404.html';
  const trimmed = routePath.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? 'index.html' : `${trimmed}/index.html`;
}

/**
 * URL spellings of a track's aliases that are worth a file of their own: "Game Boy" → "game-boy", "APT." → "apt.".
 * Spellings that only differ in case from the slug are skipped (hosts differ on case), and so is punctuation other
 * than one trailing dot: 404.html boots the app and redirects those. A trailing dot is safe in a build output: URLs
 * keep it (only "." and ".." are dot segments, and this pattern lets neither through); sirv and Cloudflare Pages'
 * asset server find "track/apt./index.html" by name like any page; Netlify's deploy refuses only "#" and "?", and
 * neither it nor GitHub Pages has a rule on dots. A host that did not serve it would fall back to today's 404.html
 * redirect. Windows can't hold the name, but it is only ever built, never checked in (a Windows build would drop
 * the dot and rewrite the canonical page with its own bytes). The precache leaves it out (build/pwa-options.ts).
 */
export function aliasSlugs(track: { slug: string; aliases: readonly string[] }): string[] {
  const spellings = track.aliases.map((a) => a.trim().toLowerCase().replace(/\s+/g, '-'));
  return [...new Set(spellings)].filter((s) => s !== track.slug && /^[a-z0-9]+(-[a-z0-9]+)*\.?$/.test(s));
}

export function prerender(options: PrerenderOptions): Plugin {
  return {
    name: 'rosie-prerender',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_output, bundle) {
      const templateAsset = Object.values(bundle).find((file) => file.fileName === 'index.html');
      if (templateAsset?.type !== 'asset') this.error('prerender: index.html was not in the bundle');
      const template = String(templateAsset.source);
      const entry = (await import(
        pathToFileURL(path.resolve(options.serverEntry)).href
      )) as typeof ServerEntry;
      let content;
      try {
        content = entry.parseContent(JSON.parse(fs.readFileSync(options.dataFile, 'utf8')));
      } catch (error) {
        this.error(`prerender: ${options.dataFile} is invalid. ${(error as Error).message}`);
      }
      const absolute = (p: string) => `${options.siteUrl}${options.base}${p.replace(/^\//, '')}`;
      const emitted = new Set<string>();
      // The sections that load near the screen in the browser are rendered like any other here.
      await entry.prepare();
      for (const page of entry.prerenderRoutes(content)) {
        const { html, meta } = entry.render(page, content);
        const head = [
          `<title>${escapeHtml(meta.title)}</title>`,
          metaTag('name', 'description', meta.description),
          page.route.kind === 'not-found'
            ? metaTag('name', 'robots', 'noindex')
            : `<link rel="canonical" href="${escapeHtml(absolute(meta.path))}" />`,
          ...page.alternates.map(
            (a) => `<link rel="alternate" hreflang="${a.hreflang}" href="${escapeHtml(absolute(a.path))}" />`,
          ),
          metaTag('property', 'og:type', page.route.kind === 'track' ? 'music.song' : 'music.album'),
          metaTag('property', 'og:site_name', meta.siteName),
          metaTag('property', 'og:title', meta.title),
          metaTag('property', 'og:description', meta.description),
          metaTag('property', 'og:url', absolute(meta.path)),
          metaTag('property', 'og:image', absolute(meta.image)),
          metaTag('property', 'og:image:type', 'image/png'),
          metaTag('property', 'og:image:width', String(SHARE_IMAGE.width)),
          metaTag('property', 'og:image:height', String(SHARE_IMAGE.height)),
          metaTag('property', 'og:image:alt', meta.imageAlt),
          metaTag('property', 'og:locale', page.ogLocale),
          metaTag('name', 'twitter:card', 'summary_large_image'),
          metaTag('name', 'twitter:title', meta.title),
          metaTag('name', 'twitter:description', meta.description),
          metaTag('name', 'twitter:image', absolute(meta.image)),
          metaTag('name', 'twitter:image:alt', meta.imageAlt),
        ].join('\n    ');
        const file = template
          .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`)
          .replace('<!--app-head-->', head)
          .replace(
            '<div id="root"><!--app-html--></div>',
            `<div id="root" data-path="${escapeHtml(page.path)}">${html}</div>`,
          );
        const fileName = htmlFileFor(page.path);
        if (fileName === 'index.html') templateAsset.source = file;
        else this.emitFile({ type: 'asset', fileName, source: file });
        // Known alternate spellings get the canonical page too (canonical link, og tags), so a pasted
        // /track/game-boy previews as gameboy and reads without JavaScript; the app then redirects in place.
        if (page.route.kind === 'track') {
          const { slug } = page.route;
          const track = content.tracks.find((t) => t.slug === slug)!;
          for (const alias of aliasSlugs(track)) {
            const aliasFile = htmlFileFor(page.path.replace(/\/track\/[^/]+$/, `/track/${alias}`));
            if (!emitted.has(aliasFile)) this.emitFile({ type: 'asset', fileName: aliasFile, source: file });
            emitted.add(aliasFile);
          }
        }
      }
      // The share images the og:image tags point at, emitted into the bundle (so later plugins, e.g. the PWA
      // precache, see them like any other asset).
      for (const [fileName, svg] of shareImages(content, entry.coverSvg()))
        this.emitFile({ type: 'asset', fileName, source: svgToPng(svg, SHARE_IMAGE.width) });
    },
  };
}
