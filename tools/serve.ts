// A plain static server for the production build, like a static host: no SPA fallback, 404.html with status 404,
// the headers from dist/_headers applied, and text compressed with gzip (as static hosts do, so Lighthouse measures
// realistic transfer sizes). Usage: tsx tools/serve.ts [dir] [--port 4173] [--base /rosie/]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
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
    gzipWhenAccepted(req, res);
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

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg\+xml)/;

/** Compresses a 200 or 404 text response with gzip when the client accepts it (the bodies come from files). */
function gzipWhenAccepted(req: http.IncomingMessage, res: http.ServerResponse): void {
  res.setHeader('vary', 'Accept-Encoding');
  if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '') || req.method === 'HEAD') return;
  const original = { writeHead: res.writeHead.bind(res), write: res.write.bind(res), end: res.end.bind(res) };
  let gzip: zlib.Gzip | undefined;
  res.writeHead = ((status: number, headers?: http.OutgoingHttpHeaders) => {
    for (const [name, value] of Object.entries(headers ?? {}))
      if (value !== undefined) res.setHeader(name, value);
    if (
      (status === 200 || status === 404) &&
      COMPRESSIBLE.test(String(res.getHeader('content-type') ?? ''))
    ) {
      res.removeHeader('content-length');
      res.setHeader('content-encoding', 'gzip');
      gzip = zlib.createGzip();
      gzip.on('data', (chunk: Buffer) => original.write(chunk));
      gzip.on('end', () => original.end());
    }
    return original.writeHead(status);
  }) as typeof res.writeHead;
  const start = () => {
    if (!res.headersSent) res.writeHead(res.statusCode);
  };
  res.write = ((chunk: Buffer | string) => {
    start();
    return gzip ? (gzip.write(chunk), true) : original.write(chunk);
  }) as typeof res.write;
  res.end = ((chunk?: Buffer | string) => {
    start();
    if (!gzip) return chunk === undefined ? original.end() : original.end(chunk);
    if (chunk !== undefined) gzip.write(chunk);
    gzip.end();
    return res;
  }) as typeof res.end;
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
