// The cross-engine suite's one server: the production build served by tools/serve.ts (as in every other test), with
// tests/engines/watch.js added as the first script of each HTML page, so every engine reports its errors the same way.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStaticServer } from '../../tools/serve.ts';

const WATCH_PATH = '/__engines/watch.js';
const WATCH = fs.readFileSync(new URL('./watch.js', import.meta.url), 'utf8');

export interface TestServer {
  origin: string;
  close(): Promise<void>;
}

export async function startServer(dir: string, port: number): Promise<TestServer> {
  const site = createStaticServer({ dir, base: '/' });
  const serveSite = site.listeners('request')[0] as http.RequestListener;
  const server = http.createServer((req, res) => {
    if (req.url === WATCH_PATH) {
      res.setHeader('content-type', 'text/javascript; charset=utf-8');
      res.end(WATCH);
      return;
    }
    // Plain bodies, so the HTML can be edited on its way out (compression is tools/serve.ts's own test's business).
    delete req.headers['accept-encoding'];
    addWatcherToHtml(res);
    serveSite(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    origin: `http://localhost:${bound}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Holds back an HTML response's body and sends it with the watcher's <script> first in its <head>. */
function addWatcherToHtml(res: http.ServerResponse): void {
  const original = { writeHead: res.writeHead.bind(res), write: res.write.bind(res), end: res.end.bind(res) };
  let chunks: Buffer[] | null = null;
  res.writeHead = ((status: number, ...rest: (string | http.OutgoingHttpHeaders | undefined)[]) => {
    for (const headers of rest)
      if (typeof headers === 'object')
        for (const [name, value] of Object.entries(headers))
          if (value !== undefined) res.setHeader(name, value);
    if (String(res.getHeader('content-type')).startsWith('text/html')) {
      chunks = [];
      res.removeHeader('content-length');
    }
    return original.writeHead(status);
  }) as typeof res.writeHead;
  res.write = ((chunk: Buffer | string) => {
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!chunks) return original.write(chunk);
    chunks.push(Buffer.from(chunk));
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: Buffer | string | (() => void)) => {
    if (typeof chunk === 'function') chunk = undefined;
    if (!res.headersSent) res.writeHead(res.statusCode);
    if (!chunks) return chunk === undefined ? original.end() : original.end(chunk);
    if (chunk !== undefined) chunks.push(Buffer.from(chunk));
    const html = Buffer.concat(chunks).toString('utf8');
    return original.end(
      html.replace(/<head[^>]*>/, (head) => `${head}<script src="${WATCH_PATH}"></script>`),
    );
  }) as typeof res.end;
}
