// Byte counting for the performance budget (tests/e2e/budget.spec.ts) and `npm run bench`: which JS and CSS files a
// first visit loads, raw and gzip-compressed (what a static host sends).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';

export interface ByteCount {
  raw: number;
  gzip: number;
  /** The files counted, relative to the build directory. */
  files: string[];
}

export const KIB = 1024;

export function gzipSize(bytes: Buffer | string): number {
  return zlib.gzipSync(bytes, { level: 9 }).length;
}

export function countBytes(dir: string, files: string[]): ByteCount {
  const unique = [...new Set(files)].sort();
  let raw = 0;
  let gzip = 0;
  for (const file of unique) {
    const bytes = fs.readFileSync(path.join(dir, file));
    raw += bytes.length;
    gzip += gzipSize(bytes);
  }
  return { raw, gzip, files: unique };
}

/** A URL path of the site ("/rosie/assets/a.js" with base "/rosie/") as a file in the build directory. */
export function fileForUrlPath(pathname: string, base = '/'): string {
  return decodeURIComponent(pathname.startsWith(base) ? pathname.slice(base.length) : pathname.slice(1));
}

/**
 * The JS a page needs before it can start: its module scripts, their modulepreloads, and everything those import
 * statically (followed through the chunks). Dynamic imports (lazy chunks) are not part of it.
 */
export function startupScripts(dir: string, htmlFile: string, base = '/'): string[] {
  const html = fs.readFileSync(path.join(dir, htmlFile), 'utf8');
  const tagged = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => fileForUrlPath(new URL(match[1], 'http://site/').pathname, base));
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    // Static `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"` (not dynamic `import("…")`).
    for (const match of code.matchAll(
      /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    ))
      visit(path.posix.join(path.posix.dirname(file), match[1]));
  };
  tagged.forEach(visit);
  return [...seen];
}

/** Every prerendered page in a build: its URL path within the site and its HTML file. */
export function prerenderedPages(dir: string): { path: string; file: string }[] {
  const pages: { path: string; file: string }[] = [];
  const walk = (sub: string) => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name === 'index.html') pages.push({ path: `/${sub}`, file: rel });
    }
  };
  walk('');
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** The JS and CSS files a first visit of `url` requests in Chromium (lazy chunks included), until the network is idle. */
export async function firstVisitBytes(
  url: string,
  dir: string,
  executablePath: string,
  base = '/',
): Promise<{ js: ByteCount; css: ByteCount }> {
  const browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const js: string[] = [];
    const css: string[] = [];
    page.on('requestfinished', (request) => {
      const file = fileForUrlPath(new URL(request.url()).pathname, base);
      if (request.resourceType() === 'script') js.push(file);
      if (request.resourceType() === 'stylesheet') css.push(file);
    });
    await page.goto(url, { waitUntil: 'networkidle' });
    return { js: countBytes(dir, js), css: countBytes(dir, css) };
  } finally {
    await browser.close();
  }
}
