// A plain static server for the production build, like a static host: no SPA fallback, 404.html with status 404,
// the headers from dist/_headers applied (the file itself is not served), and text compressed with gzip (as static
// hosts do, so Lighthouse measures realistic transfer sizes). Any request, however malformed, gets a status.
// Usage: tsx tools/serve.ts [dir] [--port 4173] [--base /rosie/]
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Duplex, Readable } from 'node:stream';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers.ts';
import { byteRange, requestTarget } from './http-request.ts';

export interface ServeOptions {
  dir: string;
  port: number;
  base: string;
  host?: string;
}

/** Files of the host's own configuration in the build: applied by the server, never served. */
const PRIVATE = /^\/_(headers|redirects)\/?$/;
const METHODS = 'GET, HEAD';

export function createStaticServer({ dir, base }: Pick<ServeOptions, 'dir' | 'base'>): http.Server {
  const root = path.resolve(dir);
  const headersFile = path.join(root, '_headers');
  const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, 'utf8')) : [];
  const files = sirv(root, {
    dev: false,
    etag: true,
    gzip: false,
    brotli: false,
    extensions: ['html'],
    setHeaders: (res, _pathname, stats) => settleRange(res.req, stats.size),
  });
  const notFound = path.join(root, '404.html');

  const serve = (req: http.IncomingMessage, res: http.ServerResponse) => {
    // sirv pipes a file it listed at start into the response with no error listener: a file removed since (a new
    // build under a running server) would throw out of every handler. Closed and logged instead.
    res.on('pipe', (source: Readable) =>
      source.on('error', (error) => {
        console.error(`serve: ${req.method} ${req.url} failed:`, error);
        res.destroy();
      }),
    );
    gzipWhenAccepted(req, res);
    const target = requestTarget(req.url ?? '');
    if (!target) return sendStatus(res, 400);
    const inBase = target.pathname === base.replace(/\/$/, '') || target.pathname.startsWith(base);
    // Headers are matched on the path within the site, as a host serving the site at `base` would.
    const sitePath = inBase ? `/${target.pathname.slice(base.length)}` : target.pathname;
    for (const [name, value] of headersFor(rules, sitePath)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', METHODS);
      return sendStatus(res, 405);
    }
    const sendNotFound = () => {
      res.statusCode = 404;
      for (const [name, value] of headersFor(rules, '/404.html')) res.setHeader(name, value);
      res.setHeader('content-type', 'text/html; charset=utf-8');
      fs.createReadStream(notFound)
        .on('error', () => res.end('Not found'))
        .pipe(res);
    };
    if (!inBase || PRIVATE.test(decodeURI(sitePath))) return sendNotFound();
    req.url = sitePath + target.search;
    files(req, res, sendNotFound);
  };

  const server = http.createServer((req, res) => {
    try {
      serve(req, res);
    } catch (error) {
      // A fault of this server, not of the request: say so, and keep serving everyone else.
      console.error(`serve: ${req.method} ${req.url} failed:`, error);
      if (res.headersSent) res.destroy();
      else sendStatus(res, 500);
    }
  });
  // Node closes a CONNECT without a word when nothing listens for it; a static host answers it like any method.
  server.on('connect', (_req, socket: Duplex) => {
    socket.on('error', () => socket.destroy());
    socket.end(
      `HTTP/1.1 405 Method Not Allowed\r\nAllow: ${METHODS}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
    );
  });
  return server;
}

/** A status with its name as a short plain-text body. */
function sendStatus(res: http.ServerResponse, status: number): void {
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(`${status} ${http.STATUS_CODES[status] ?? ''}\n`);
}

/**
 * sirv 3.0.2 reads Range loosely: a reversed range (`bytes=5-2`) throws ERR_OUT_OF_RANGE out of fs.createReadStream,
 * and a suffix (`bytes=-500`) is served as the first 501 bytes. sirv calls this just before sending a file: the header
 * becomes one form it reads right, a range in full, none at all, or one starting at the end of the file (which sirv
 * answers 416 with `Content-Range: bytes *\/size`).
 */
function settleRange(req: http.IncomingMessage, size: number): void {
  const range = byteRange(req.headers.range, size);
  if (range === 'whole') delete req.headers.range;
  else if (range === 'unsatisfiable') req.headers.range = `bytes=${size}-`;
  else req.headers.range = `bytes=${range.start}-${range.end}`;
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
    else options.dir = arg!;
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
