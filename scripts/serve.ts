// A plain static server for the production build, like a static host: no SPA fallback, 404.html with status 404,
// and the headers from dist/_headers applied. Usage: tsx scripts/serve.ts [dir] [--port 4173] [--base /rosie/]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers.ts';

export interface ServeOptions {
  dir: string;
  port: number;
  base: string;
  host?: string;
}

export function createStaticServer({ dir, base }: Pick<ServeOptions, 'dir' | 'base'>): http.Server {
  const root = path.resolve(dir);
  const headersFile = path.join(root, '_headers');
  const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];
  const files = sirv(root, { dev: false, etag: true, gzip: false, brotli: false, extensions: ['html'] });
  const notFound = path.join(root, '404.html');

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const inBase = url.pathname === base.replace(/\/$/, '') || url.pathname.startsWith(base);
    // Headers are matched on the path within the site, as a host serving the site at `base` would.
    const sitePath = inBase ? `/${url.pathname.slice(base.length)}` : url.pathname;
    for (const [name, value] of headersFor(rules, sitePath)) res.setHeader(name, value);
    const sendNotFound = () => {
      res.statusCode = 404;
      for (const [name, value] of headersFor(rules, '/404.html')) res.setHeader(name, value);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      fs.createReadStream(notFound)
        .on('error', () => res.end('Not found'))
        .pipe(res);
    };
    if (!inBase) return sendNotFound();
    req.url = sitePath + url.search;
    files(req, res, sendNotFound);
  });
}

function parseArgs(argv: string[]): ServeOptions {
  const options: ServeOptions = { dir: 'dist', port: 4173, base: process.env.BASE_PATH ?? '/' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--port') options.port = Number(argv[++i]);
    else if (arg === '--base') options.base = argv[++i]!;
    else if (arg === '--host') options.host = argv[++i]!;
    else options.dir = arg;
  }
  options.base = `/${options.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  return options;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const options = parseArgs(process.argv.slice(2));
  createStaticServer(options).listen(options.port, options.host ?? '127.0.0.1', () => {
    console.log(`Serving ${options.dir} at http://localhost:${options.port}${options.base}`);
  });
}
