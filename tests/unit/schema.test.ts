import { describe, expect, it } from 'vitest';
import { ContentError, parseContent } from '../../src/content/schema.ts';
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
});
