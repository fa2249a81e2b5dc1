// The static server of `npm start` and the e2e tests, as a bad client meets it: malformed requests over raw sockets
// each get a status, and the server keeps serving.
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { byteRange, requestTarget } from '../../tools/http-request.ts';
import { createStaticServer } from '../../tools/serve.ts';

const DATA = '0123456789';

let dir: string;
let server: ReturnType<typeof createStaticServer>;
let port: number;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-'));
  const files: Record<string, string> = {
    'index.html': '<h1>home</h1>',
    'favorites.html': '<h1>favorites</h1>',
    '404.html': '<h1>not found</h1>',
    'data.txt': DATA,
    _headers: '/*\n  X-Content-Type-Options: nosniff\n',
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  server = createStaticServer({ dir, base: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number | null;
  head: string;
  body: string;
}

/**
 * Sends raw bytes and reads what comes back until the server closes the connection; one still open after `timeout`
 * is destroyed, and what came by then is the answer. `halfClose` ends the sending side after the payload.
 */
function exchange(payload: string | Buffer, { timeout = 3000, halfClose = false } = {}): Promise<Answer> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(text)?.[1];
      resolve({
        status: status ? Number(status) : null,
        head: split < 0 ? text : text.slice(0, split),
        body: split < 0 ? '' : text.slice(split + 4),
      });
    };
    const timer = setTimeout(done, timeout);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', done);
    socket.on('error', done);
    if (halfClose) socket.end(payload);
    else socket.write(payload);
  });
}

const request = (target: string, headers: string[] = [], method = 'GET') =>
  exchange(
    [`${method} ${target} HTTP/1.1`, 'Host: localhost', 'Connection: close', ...headers, '', ''].join('\r\n'),
  );

/** Runs `tasks` with at most `limit` at a time. */
async function pooled<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return results;
}

describe('request target and range reading', () => {
  it.each([
    ['/', { pathname: '/', search: '' }],
    ['/favorites?x=1', { pathname: '/favorites', search: '?x=1' }],
    ['//evil.example/favorites', { pathname: '//evil.example/favorites', search: '' }],
    ['//x:abc/', { pathname: '//x:abc/', search: '' }],
    ['http://localhost/favorites?x', { pathname: '/favorites', search: '?x' }],
    ['*', null],
    ['localhost:80', null],
    ['http://x:abc/', null],
    ['/%E0%A4%A', null],
  ])('reads %j', (raw, expected) => {
    expect(requestTarget(raw)).toEqual(expected);
  });

  it.each([
    [undefined, 'whole'],
    ['bytes=2-5', { start: 2, end: 5 }],
    ['bytes=2-', { start: 2, end: 9 }],
    ['bytes=-3', { start: 7, end: 9 }],
    ['bytes=-30', { start: 0, end: 9 }],
    ['bytes=5-200', { start: 5, end: 9 }],
    ['bytes=5-2', 'unsatisfiable'],
    ['bytes=10-', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    ['bytes=-', 'unsatisfiable'],
    ['bytes=x-1', 'unsatisfiable'],
    ['bytes=0-1,4-5', 'whole'],
    ['items=0-1', 'whole'],
  ])('reads Range %j of a 10-byte file', (header, expected) => {
    expect(byteRange(header, DATA.length)).toEqual(expected);
  });
});

describe('the static server', () => {
  it.each([
    ['a path that looks like a host with a bad port', '//x:abc/', 404],
    ['a path that looks like another host', '//evil.example/favorites', 404],
    ['the host configuration file', '/_headers', 404],
    ['the host configuration file, encoded', '/%5Fheaders/', 404],
    ['an unknown path', '/no-such-page', 404],
    ['a path that does not decode', '/%E0%A4%A', 400],
    ['the asterisk form', '*', 400],
    ['the absolute form', 'http://localhost/favorites', 200],
  ])('answers %s (%s) with %i', async (_, target, status) => {
    const answer = await request(target);
    expect(answer.status).toBe(status);
    if (status === 404) expect(answer.body).toContain('not found');
  });

  it('answers a method other than GET and HEAD with 405 and the methods it allows', async () => {
    for (const method of ['POST', 'DELETE', 'PROPFIND', 'CONNECT']) {
      const answer = await request(method === 'CONNECT' ? 'localhost:80' : '/', [], method);
      expect(answer.status, method).toBe(405);
      expect(answer.head).toMatch(/^allow: GET, HEAD$/im);
    }
  });

  it('answers ranges: a reversed one 416 with the size, a suffix with the last bytes', async () => {
    const reversed = await request('/data.txt', ['Range: bytes=5-2']);
    expect(reversed.status).toBe(416);
    expect(reversed.head).toMatch(/^content-range: bytes \*\/10$/im);
    const suffix = await request('/data.txt', ['Range: bytes=-3']);
    expect(suffix.status).toBe(206);
    expect(suffix.body).toBe('789');
    const several = await request('/data.txt', ['Range: bytes=0-1,4-5']);
    expect(several.status).toBe(200);
    expect(several.body).toBe(DATA);
  });

  it('closes the request for a file removed since it started, logs it, and goes on serving', async () => {
    fs.writeFileSync(path.join(dir, 'gone.txt'), 'soon gone');
    const later = createStaticServer({ dir, base: '/' });
    await new Promise<void>((resolve) => later.listen(0, '127.0.0.1', resolve));
    try {
      fs.rmSync(path.join(dir, 'gone.txt'));
      vi.mocked(console.error).mockImplementationOnce(() => undefined);
      const url = `http://127.0.0.1:${(later.address() as AddressInfo).port}`;
      await expect(fetch(`${url}/gone.txt`).then((r) => r.text())).rejects.toThrow();
      expect(console.error).toHaveBeenCalledExactlyOnceWith(
        'serve: GET /gone.txt failed:',
        expect.objectContaining({ code: 'ENOENT' }),
      );
      expect((await fetch(`${url}/`)).status).toBe(200);
    } finally {
      later.closeAllConnections();
      await new Promise((resolve) => later.close(resolve));
    }
  });

  it('answers a few hundred malformed requests with a status each, then serves / with 200', async () => {
    const targets = [
      '//x:abc/',
      '//evil.example/favorites',
      '*',
      'x',
      'http://[::1',
      'http://x:abc/',
      '/%',
      '/%E0%A4%A',
      '/../../etc/passwd',
      '/..%2f..%2fetc%2fpasswd',
      '/%2e%2e/%2e%2e/',
      '/\\..\\..\\',
      '/_headers',
      '/%5fheaders',
      '/data.txt/',
      '/index.html?%zz',
      `/${'a'.repeat(6000)}`,
      `/?${'q'.repeat(6000)}`,
      '/#frag',
      '/;x',
      '/\u00ff',
    ];
    const methods = ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS', 'TRACE', 'get', 'BREW', 'G@T'];
    const ranges = [
      'bytes=5-2',
      'bytes=-0',
      'bytes=-',
      'bytes=0-0',
      'bytes=abc',
      'bytes=1-2,3-4',
      'items=0-1',
      'bytes=',
      'bytes=99999999999999999999-',
      'bytes=-99999999999999999999',
      'bytes=0-99999999999999999999',
      'bytes= 1-2',
      'bytes=10-',
      'bytes=9-',
      '=',
      'bytes=1-2-3',
      'bytes=0x1-0x2',
    ];
    const headerSets = [
      [],
      ['Host: a', 'Host: b'],
      ['No colon here'],
      ['Bad\u0001Name: x'],
      ['X: bad\u0001value'],
      [`X-Huge: ${'h'.repeat(20_000)}`],
      Array.from({ length: 3000 }, (_, i) => `X-${i}: y`),
      ['Content-Length: -1'],
      ['Content-Length: abc'],
      ['Content-Length: 5', 'Transfer-Encoding: chunked'],
      ['Transfer-Encoding: chunked'],
      ['Expect: 100-continue'],
      ['Expect: the unexpected'],
      ['Accept-Encoding: gzip;q=x, *;;;'],
      ['If-None-Match: "', 'If-Modified-Since: yesterday'],
      ['Connection: upgrade', 'Upgrade: websocket'],
    ];
    const raw = [
      'GET\r\n\r\n',
      'GET / HTTP/9.9\r\n\r\n',
      'GET / HTTP/1.0\r\n\r\n',
      'GET /\r\n\r\n',
      'GET  /  HTTP/1.1\r\n\r\n',
      'GET / HTTP/1.1\nHost: x\n\n',
      'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nbad\r\n0\r\n\r\n',
      Buffer.from([0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03]),
      Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 131 + 7) % 256)),
    ];
    const tasks: (() => Promise<Answer>)[] = [
      ...targets.flatMap((target) => methods.map((method) => () => request(target, [], method))),
      ...ranges.flatMap((range) =>
        ['/data.txt', '/', '/no-such-page'].map((target) => () => request(target, [`Range: ${range}`])),
      ),
      ...headerSets.map((headers) => () => request('/', headers)),
      ...raw.map((payload) => () => exchange(payload)),
    ];

    // Meanwhile: slow connections that trickle a request byte by byte and then give up, and one that finishes.
    const trickle = async (text: string, stopAfter: number) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.on('error', () => undefined);
      for (const char of text.slice(0, stopAfter)) {
        socket.write(char);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      socket.destroy();
    };
    const slowRequest = 'GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: yes\r\n\r\n';
    const slow = Array.from({ length: 20 }, (_, i) => trickle(slowRequest, 10 + i));
    // Half-closed in the middle of the request line or the headers.
    const halfClosed = [
      '\r\n\r\n',
      'GET',
      'GET /',
      'GET / HTTP/1.1\r\n',
      'GET / HTTP/1.1\r\nHost: x\r\nX-',
    ].map((part) => exchange(part, { timeout: 2000, halfClose: true }));
    const finished = (async () => {
      const socket = net.connect(port, '127.0.0.1');
      const received: Buffer[] = [];
      socket.on('data', (chunk: Buffer) => received.push(chunk));
      // Listening from the start: the answer and the close can come within the pause after the last byte.
      const closed = new Promise((resolve) => socket.on('close', resolve));
      for (const char of 'GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n') {
        socket.write(char);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await closed;
      return Buffer.concat(received).toString('latin1');
    })();

    const started = Date.now();
    const answers = await pooled(tasks, 16);
    const [slowDone, halfDone, finishedText] = await Promise.all([
      Promise.all(slow),
      Promise.all(halfClosed),
      finished,
    ]);
    const elapsed = Date.now() - started;

    expect(tasks.length).toBeGreaterThanOrEqual(200);
    expect(slowDone).toHaveLength(20);
    // Every complete request has an answer (100 Continue for an Expect), and none is a fault of the server.
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === null)).toEqual([]);
    expect(new Set(statuses)).toEqual(
      new Set(statuses.filter((s) => [100, 200, 206, 400, 404, 405, 416, 417, 431, 505].includes(s!))),
    );
    // A connection cut mid-request gets nothing or a 400, never a crash.
    for (const answer of halfDone) expect([null, 400]).toContain(answer.status);
    expect(finishedText).toMatch(/^HTTP\/1\.1 200 /);
    expect(elapsed).toBeLessThan(10_000);

    const home = await fetch(`http://127.0.0.1:${port}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain('home');
  }, 20_000);
});
