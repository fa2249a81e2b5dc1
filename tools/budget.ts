// Byte counting for the performance budget (tests/e2e/budget.spec.ts) and `npm run bench`: which JS and CSS files a
// first visit loads, raw and gzip-compressed (what a static host sends).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Page, type Response } from '@playwright/test';

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

/** Every static `import … from "./x.js"`, `import "./x.js"`, `export … from "./x.js"` of the files, followed. */
function withStaticImports(dir: string, files: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = fs.readFileSync(path.join(dir, file), 'utf8');
    // Not dynamic `import("…")`: those load later.
    for (const match of code.matchAll(
      /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g,
    ))
      visit(path.posix.join(path.posix.dirname(file), match[1]));
  };
  files.forEach(visit);
  return [...seen];
}

/** The first capture of every match of `pattern` (a global regular expression) in `html`. */
const captures = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1]);

/** Build files for the URLs a page names (absolute or relative to the site). */
const filesOf = (urls: string[], base: string) =>
  urls.map((url) => fileForUrlPath(new URL(url, 'http://site/').pathname, base));

/**
 * The JS a page runs before its first paint: its <script src> tags (public/start.js), their modulepreloads, and
 * everything those import statically. The app's entry is not part of it: start.js loads it after the first paint.
 */
export function startupScripts(dir: string, htmlFile: string, base = '/'): string[] {
  const html = fs.readFileSync(path.join(dir, htmlFile), 'utf8');
  return withStaticImports(dir, [
    ...filesOf(captures(html, /<script\b[^>]*\bsrc="([^"]+)"/g), base),
    ...filesOf(captures(html, /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g), base),
  ]);
}

/** The app entries a page names on start.js's tag (data-app, see build/first-paint-plugin.ts), as written. */
export const appEntries = (html: string): string[] => captures(html, /<script\b[^>]*\bdata-app="([^"]+)"/g);

/** The app's entry, named on start.js's tag, and its static imports. */
export function appScripts(dir: string, htmlFile: string, base = '/'): string[] {
  const html = fs.readFileSync(path.join(dir, htmlFile), 'utf8');
  const entries = filesOf(appEntries(html), base);
  if (entries.length !== 1)
    throw new Error(`${htmlFile}: expected one data-app entry, found ${entries.length}`);
  return withStaticImports(dir, entries);
}

const none: ByteCount = { raw: 0, gzip: 0, files: [] };

/** The CSS a page carries inline, in its <style> elements (build/first-paint-plugin.ts puts the stylesheet there). */
export function inlineCss(html: string, label: string): ByteCount {
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
  return css ? { raw: Buffer.byteLength(css), gzip: gzipSize(css), files: [`${label} <style>`] } : none;
}

/** Two counts as one. */
export function sumBytes(a: ByteCount, b: ByteCount): ByteCount {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, files: [...a.files, ...b.files] };
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

/** How long a first visit must go without a request of the page's before it counts as loaded. */
const QUIET_MS = 500;

/**
 * Opens `url` as a first visit and waits until it has loaded what it loads: the app hydrated, then QUIET_MS with no
 * request of the page in flight. Waiting for network idle alone is not enough: public/start.js asks for the app only
 * once the first paint is on screen, which can come after the network has been quiet for 500 ms (a bench run once
 * counted start.js alone for /).
 */
export async function openFirstVisit(page: Page, url: string): Promise<Response | null> {
  let inFlight = 0;
  let lastChange = Date.now();
  const begin = () => {
    inFlight += 1;
    lastChange = Date.now();
  };
  const end = () => {
    inFlight -= 1;
    lastChange = Date.now();
  };
  page.on('request', begin);
  page.on('requestfinished', end);
  page.on('requestfailed', end);
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('html[data-hydrated]');
    while (inFlight > 0 || Date.now() - lastChange < QUIET_MS) await page.waitForTimeout(50);
    return response;
  } finally {
    page.off('request', begin);
    page.off('requestfinished', end);
    page.off('requestfailed', end);
  }
}

/**
 * The JS and CSS a first visit of `url` loads in Chromium (lazy chunks included), until it has loaded what it loads
 * (openFirstVisit): the files it requests, and the CSS inline in the page.
 */
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
    const response = await openFirstVisit(page, url);
    const html = (await response?.text()) ?? '';
    return { js: countBytes(dir, js), css: sumBytes(countBytes(dir, css), inlineCss(html, url)) };
  } finally {
    await browser.close();
  }
}
