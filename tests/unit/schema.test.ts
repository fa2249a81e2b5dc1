import { describe, expect, it } from 'vitest';
import { LANG_TAGS } from '../../src/i18n/languages.ts';
import { ContentError, parseContent, type Content } from '../../src/content/schema.ts';
import { rawContent, setAt } from '../fixtures.ts';

function issuesOf(input: unknown): string {
  try {
    parseContent(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).message;
  }
  throw new Error('expected the content to be rejected');
}

describe('content schema', () => {
  it('accepts the shipped album data: 12 tracks in official order', () => {
    const content = parseContent(rawContent());
    expect(content.tracks.map((t) => t.title)).toEqual([
      'number one girl',
      '3am',
      'two years',
      'toxic till the end',
      'drinks or coffee',
      'APT.',
      'gameboy',
      'stay a little longer',
      'not the same',
      'call it the end',
      'too bad for us',
      'dance all night',
    ]);
    expect(content.tracks.find((t) => t.slug === 'apt')?.featuring).toBe('Bruno Mars');
    expect(content.tracks.find((t) => t.slug === 'dance-all-night')?.duration).toBeNull();
  });

  it('rejects a missing field and names its path', () => {
    const data = rawContent();
    setAt(data, 'tracks.3.title', undefined);
    expect(issuesOf(data)).toMatch(/tracks\.3\.title/);
  });

  it('rejects a wrong-typed field and names its path', () => {
    const data = rawContent();
    setAt(data, 'tracks.0.number', '1');
    expect(issuesOf(data)).toMatch(/tracks\.0\.number/);
  });

  it('rejects duplicate slugs and names the second one', () => {
    const data = rawContent();
    setAt(data, 'tracks.6.slug', 'apt');
    expect(issuesOf(data)).toMatch(/tracks\.6\.slug: duplicate slug "apt"/);
  });

  it('rejects track numbers that are not 1..N in order', () => {
    const data = rawContent();
    setAt(data, 'tracks.1.number', 3);
    expect(issuesOf(data)).toMatch(/tracks\.1\.number: expected track number 2, got 3/);
  });

  it('rejects a malformed duration', () => {
    const data = rawContent();
    setAt(data, 'tracks.2.duration', '2:7');
    expect(issuesOf(data)).toMatch(/tracks\.2\.duration: expected a duration as m:ss/);
  });

  it('rejects a date that does not parse', () => {
    const data = rawContent();
    setAt(data, 'milestones.0.when.date', '2024-02-30');
    expect(issuesOf(data)).toMatch(/milestones\.0\.when\.date: is not a real calendar date/);
  });

  it('rejects an instant without an offset', () => {
    const data = rawContent();
    setAt(data, 'album.release.markets.0.at', '2024-12-06T00:00:00');
    expect(issuesOf(data)).toMatch(/album\.release\.markets\.0\.at/);
  });

  it('rejects a reference to a source that does not exist', () => {
    const data = rawContent();
    setAt(data, 'quotes.0.sources', ['nowhere']);
    expect(issuesOf(data)).toMatch(/quotes\.0\.sources\.0: unknown source "nowhere"/);
  });

  it('rejects a text without its Korean translation, naming the field', () => {
    const data = rawContent();
    setAt(data, 'milestones.2.title.ko', undefined);
    expect(issuesOf(data)).toMatch(/milestones\.2\.title\.ko: missing the "ko" translation/);
  });

  it('rejects a plain string where a text in every language is expected', () => {
    const data = rawContent();
    setAt(data, 'tracks.0.notes.0.text', 'A pre-release single.');
    expect(issuesOf(data)).toMatch(/tracks\.0\.notes\.0\.text: expected a text in every language \(en, ko\)/);
  });

  it('rejects an empty translation', () => {
    const data = rawContent();
    setAt(data, 'anniversaries.2.title.ko', '');
    expect(issuesOf(data)).toMatch(/anniversaries\.2\.title\.ko: is empty/);
  });

  it('rejects a quote without the app’s translation into each other language', () => {
    const data = rawContent();
    setAt(data, 'quotes.4.translations.ko', undefined);
    expect(issuesOf(data)).toMatch(/quotes\.4\.translations\.ko: missing the "ko" translation/);
  });

  it('rejects a source with neither a URL nor a date', () => {
    const data = rawContent();
    setAt(data, 'sources.3.url', null);
    setAt(data, 'sources.3.date', null);
    expect(issuesOf(data)).toMatch(/sources\.3\.date: a source without a URL needs a date/);
  });
});

/** Every fact in the content: each object carrying a confidence, with its dot path. */
function facts(node: unknown, path = ''): { path: string; sources: unknown }[] {
  if (node === null || typeof node !== 'object') return [];
  const here =
    'confidence' in node
      ? [{ path: path || '(root)', sources: (node as { sources?: unknown }).sources }]
      : [];
  return [
    ...here,
    ...Object.entries(node).flatMap(([key, value]) =>
      key === 'sources' && path === '' ? [] : facts(value, path ? `${path}.${key}` : key),
    ),
  ];
}

describe('the shipped data’s sources', () => {
  const data: Content = parseContent(rawContent());
  const byId = new Map(data.sources.map((s) => [s.id, s]));

  it('every fact cites at least one source, and every cited source exists', () => {
    const found = facts(data);
    // Album, release, announcement, durations, story, credits, notes, quotes, milestones, anniversaries, charts.
    expect(found.length).toBeGreaterThan(50);
    for (const fact of found) {
      expect(Array.isArray(fact.sources) && fact.sources.length > 0, `${fact.path} cites a source`).toBe(
        true,
      );
      for (const id of fact.sources as string[])
        expect(byId.has(id), `${fact.path} cites "${id}"`).toBe(true);
    }
  });

  it('every source has a web address, or is a dated print or broadcast item', () => {
    for (const source of data.sources) {
      if (source.url === null) expect(source.date, `${source.id} has a date`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else expect(new URL(source.url).protocol, source.id).toMatch(/^https?:$/);
    }
  });

  it('every source is cited by some fact, and has a title in every language', () => {
    const cited = new Set(facts(data).flatMap((fact) => fact.sources as string[]));
    for (const source of data.sources) {
      expect(cited.has(source.id), `${source.id} is cited`).toBe(true);
      for (const lang of LANG_TAGS) expect(source.title[lang], `${source.id} in ${lang}`).not.toBe('');
    }
  });
});
