// Test fixtures: the real content file, parsed, and a fresh raw copy to break on purpose.
import fs from 'node:fs';
import path from 'node:path';
import { parseContent, type Content } from '../src/content/schema.ts';

const file = path.resolve(import.meta.dirname, '../public/data/rosie.json');

/** The raw JSON as shipped (not validated here), a fresh deep copy each call, safe to mutate. */
export function rawContent(): Content {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Content;
}

export function content(): Content {
  return parseContent(rawContent());
}

/** Sets (or, with `undefined`, deletes) the value at a dot path such as "tracks.3.title": a way to break data. */
export function setAt(data: unknown, dotPath: string, value: unknown): void {
  const keys = dotPath.split('.');
  const last = keys.pop()!;
  let node = data as Record<string, unknown>;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
}
