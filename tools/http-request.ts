// How the static server reads what a client sends, strictly: the request target and the Range header. A request
// that cannot be read gets an honest status (400, 416), never an exception out of the server's handler.

export interface RequestTarget {
  /** The path as sent (still percent-encoded), always starting with "/". */
  pathname: string;
  /** The query with its "?", or "". */
  search: string;
}

/**
 * The path and query of a request target: the origin form (`/path?query`, where `//evil.example/x` is a path whose
 * first segment is empty, not a host) or the absolute form (`http://host/path`, which HTTP/1.1 servers must accept).
 * Null for anything else (`*`, `host:port`, a path that does not decode): the request is answered 400.
 */
export function requestTarget(raw: string): RequestTarget | null {
  let pathname: string;
  let search: string;
  if (/^https?:\/\//i.test(raw)) {
    try {
      ({ pathname, search } = new URL(raw));
    } catch {
      return null;
    }
  } else if (raw.startsWith('/')) {
    const query = raw.indexOf('?');
    pathname = query < 0 ? raw : raw.slice(0, query);
    search = query < 0 ? '' : raw.slice(query);
  } else {
    return null;
  }
  try {
    decodeURI(pathname);
  } catch {
    return null;
  }
  return { pathname, search };
}

export type ByteRange = { start: number; end: number } | 'whole' | 'unsatisfiable';

/**
 * What a Range header asks of a file of `size` bytes (RFC 9110, section 14): one range, with its last byte inside the
 * file; 'unsatisfiable' (416) for a byte range that is reversed, empty or starts past the end; 'whole' (200, the
 * whole file) without a header, for another unit or several ranges, which a server may ignore.
 */
export function byteRange(header: string | undefined, size: number): ByteRange {
  if (header === undefined) return 'whole';
  const match = /^bytes=[ \t]*(\d*)-(\d*)[ \t]*$/i.exec(header);
  if (!match) return /^bytes=/i.test(header) && !header.includes(',') ? 'unsatisfiable' : 'whole';
  const [, first = '', last = ''] = match;
  if (first === '') {
    // A suffix: the last N bytes.
    const length = Number(last);
    if (last === '' || length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size || (last !== '' && Number(last) < start)) return 'unsatisfiable';
  return { start, end };
}
