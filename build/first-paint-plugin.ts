// Vite plugin: before its first paint, a page fetches nothing but itself and public/start.js. In the built
// index.html (the template of every prerendered page) it
// - inlines the one stylesheet as a <style> and allows exactly that text in the CSP (a sha256 source in style-src,
//   in the <meta> and in _headers): a stylesheet is one more request before the first paint, and on HTTP/1.1 one
//   more connection;
// - hands the app's entry and the web app manifest to start.js (data-app, data-manifest), which adds them once the
//   page has painted, instead of the browser fetching them while it paints; with them the chunks the entry starts
//   with (data-preload: what it imports with import(), and their static imports) and the files the app fetches at
//   once (data-fetch, the content), so that they download together, not each one round trip after the other;
// - writes the favicon into the page as a data: URL (img-src allows data:), so it is not one more request either.
// The dev server keeps index.html as written: there the entry is a plain module script and there is no manifest.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { OutputBundle } from 'rolldown';
import type { Plugin } from 'vite';

const STYLE_SRC = "style-src 'self'";

/** The CSP source that allows exactly this inline <style> text. */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/** An SVG as a data: URL that HTML attributes and CSP `img-src data:` accept. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml,${encodeURIComponent(svg.trim()).replace(/%20/g, ' ')}`;
}

/** The chunks the entry loads at start: what it imports with `import()`, and what those import statically. */
export function startupChunks(bundle: OutputBundle, entry: string): string[] {
  const chunks = new Map(
    Object.values(bundle).flatMap((file) => (file.type === 'chunk' ? [[file.fileName, file] as const] : [])),
  );
  const found = new Set<string>();
  const visit = (fileName: string) => {
    if (found.has(fileName) || fileName === entry) return;
    found.add(fileName);
    chunks.get(fileName)?.imports.forEach(visit);
  };
  chunks.get(entry)?.dynamicImports.forEach(visit);
  chunks.get(entry)?.imports.forEach(visit);
  return [...found];
}

interface FirstPaintOptions {
  base: string;
  /** Files (relative to the base) the app fetches as soon as it starts: they download alongside its code. */
  fetch?: readonly string[];
}

export function firstPaint({ base, fetch = [] }: FirstPaintOptions): Plugin {
  let outDir = '';
  let publicDir = '';
  let hash = '';
  return {
    name: 'rosie-first-paint',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      publicDir = config.publicDir;
    },
    // Before the prerender (listed after this plugin) copies the template into every page.
    generateBundle(_output, bundle) {
      const template = Object.values(bundle).find((file) => file.fileName === 'index.html');
      if (template?.type !== 'asset') this.error('first-paint: index.html was not in the bundle');
      let html = String(template.source);
      const take = (pattern: RegExp, what: string): RegExpExecArray => {
        const match = pattern.exec(html);
        if (!match) this.error(`first-paint: index.html has no ${what}`);
        html = html.replace(match[0], '');
        return match;
      };

      const link = /<link rel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/.exec(html);
      if (!link) this.error('first-paint: index.html has no stylesheet link');
      const cssFile = link[1].slice(base.length);
      const cssAsset = Object.values(bundle).find((file) => file.fileName === cssFile);
      if (cssAsset?.type !== 'asset') this.error(`first-paint: ${cssFile} was not in the bundle`);
      const css = String(cssAsset.source);
      if (/<\/style/i.test(css))
        this.error('first-paint: the CSS contains "</style", which would end the tag');
      hash = styleHash(css);
      if (!html.includes(STYLE_SRC)) this.error(`first-paint: index.html's CSP has no "${STYLE_SRC}"`);
      html = html.replace(STYLE_SRC, `${STYLE_SRC} ${hash}`).replace(link[0], () => `<style>${css}</style>`);
      Reflect.deleteProperty(bundle, cssFile);

      const moduleScripts = html.match(/<script type="module"/g) ?? [];
      if (moduleScripts.length !== 1)
        this.error(
          `first-paint: index.html has ${moduleScripts.length} module scripts; start.js loads exactly one`,
        );
      const [, entry] = take(/<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/, 'module script');
      const [, manifest] = take(/<link rel="manifest" href="([^"]+)"[^>]*>/, 'manifest link');
      const startTag = `<script src="${base}start.js"></script>`;
      if (!html.includes(startTag)) this.error(`first-paint: index.html has no ${startTag}`);
      const entryChunk = entry.slice(base.length);
      if (!Object.values(bundle).some((file) => file.type === 'chunk' && file.fileName === entryChunk))
        this.error(`first-paint: ${entryChunk} was not in the bundle`);
      const preload = startupChunks(bundle, entryChunk).map((file) => base + file);
      const fetched = fetch.map((file) => base + file);
      html = html.replace(
        startTag,
        `<script src="${base}start.js" data-app="${entry}" data-preload="${preload.join(' ')}" ` +
          `data-fetch="${fetched.join(' ')}" data-manifest="${manifest}"></script>`,
      );

      const favicon = `href="${base}favicon.svg"`;
      if (!html.includes(favicon)) this.error(`first-paint: index.html has no ${favicon}`);
      const svg = fs.readFileSync(path.join(publicDir, 'favicon.svg'), 'utf8');
      html = html.replace(favicon, `href="${svgDataUrl(svg)}"`);

      template.source = html;
    },
    // After the public folder (with _headers) is copied to the output.
    writeBundle() {
      const file = path.join(outDir, '_headers');
      const headers = fs.readFileSync(file, 'utf8');
      if (!headers.includes(STYLE_SRC)) this.error(`first-paint: _headers has no "${STYLE_SRC}"`);
      fs.writeFileSync(file, headers.replaceAll(STYLE_SRC, `${STYLE_SRC} ${hash}`));
    },
  };
}
