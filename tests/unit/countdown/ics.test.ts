// The .ics writer, read back the way a calendar app reads it: unfold, split into properties, check each field.
import { describe, expect, it } from 'vitest';
import { occurrenceEntry, yearlyEntry } from '../../../src/features/countdown/calendar.ts';
import { buildCalendar, escapeText, foldLine } from '../../../src/features/countdown/ics.ts';
import { eventsAround, countdownAt } from '../../../src/features/countdown/milestones.ts';
import { content } from '../../fixtures.ts';

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** A small RFC 5545 reader: unfolds continuation lines, then splits "NAME;PARAM=V:value". */
function parseIcs(text: string): Property[] {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      return {
        name: name!,
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value: line.slice(colon + 1),
      };
    });
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** The properties of each VEVENT, by name. */
function events(props: Property[]): Map<string, Property>[] {
  const out: Map<string, Property>[] = [];
  let current: Map<string, Property> | null = null;
  for (const p of props) {
    if (p.name === 'BEGIN' && p.value === 'VEVENT') current = new Map();
    else if (p.name === 'END' && p.value === 'VEVENT') {
      out.push(current!);
      current = null;
    } else if (current) current.set(p.name, p);
  }
  return out;
}

const NOW = Date.parse('2026-11-25T09:30:15Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('buildCalendar', () => {
  it('writes a VCALENDAR with CRLF line endings and no line over 75 octets', () => {
    const ics = buildCalendar(
      [{ uid: 'x@test', summary: 'a'.repeat(200), start: { date: '2026-12-06' } }],
      NOW,
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    const props = parseIcs(ics);
    expect(props.find((p) => p.name === 'VERSION')?.value).toBe('2.0');
    expect(props.find((p) => p.name === 'PRODID')?.value).toMatch(/rosie/);
    expect(events(props)[0]!.get('SUMMARY')?.value).toBe('a'.repeat(200));
  });

  it('writes an all-day event for a local-midnight date, with DTSTAMP in UTC', () => {
    const ics = buildCalendar(
      [
        {
          uid: 'album-anniversary-2026@rosie-fan-app',
          summary: 'rosie anniversary · 2nd',
          start: { date: '2026-12-06' },
        },
      ],
      NOW,
    );
    const [event] = events(parseIcs(ics));
    expect(event!.get('UID')?.value).toBe('album-anniversary-2026@rosie-fan-app');
    expect(event!.get('DTSTAMP')?.value).toBe('20261125T093015Z');
    expect(event!.get('DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261206' });
    expect(event!.get('DTEND')).toEqual({ name: 'DTEND', params: { VALUE: 'DATE' }, value: '20261207' });
    expect(event!.get('SUMMARY')?.value).toBe('rosie anniversary · 2nd');
    expect(event!.has('RRULE')).toBe(false);
  });

  it('writes an instant in UTC, and a yearly event with RRULE:FREQ=YEARLY', () => {
    const ics = buildCalendar(
      [
        { uid: 'apt@t', summary: 'APT.', start: { instant: Date.parse('2024-10-18T13:00:00+09:00') } },
        { uid: 'y@t', summary: 'New Year', start: { date: '2026-12-31' }, yearly: true },
      ],
      NOW,
    );
    const [instant, yearly] = events(parseIcs(ics));
    expect(instant!.get('DTSTART')).toEqual({ name: 'DTSTART', params: {}, value: '20241018T040000Z' });
    expect(instant!.has('DTEND')).toBe(false);
    expect(yearly!.get('RRULE')?.value).toBe('FREQ=YEARLY');
    expect(yearly!.get('DTEND')?.value).toBe('20270101');
  });

  it('escapes text and folds multi-byte text without splitting a character', () => {
    const summary = 'ROSÉ; “rosie”, 로제의 첫 솔로 앨범 발매 기념일 — 두 번째 해\\다음 줄\n끝 '.repeat(3);
    const ics = buildCalendar(
      [{ uid: 'k@t', summary, description: 'a,b;c', start: { date: '2026-12-06' } }],
      NOW,
    );
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(ics).not.toContain('\uFFFD');
    const [event] = events(parseIcs(ics));
    expect(event!.get('SUMMARY')!.value).toContain('ROSÉ\\; “rosie”\\,');
    expect(unescapeText(event!.get('SUMMARY')!.value)).toBe(summary);
    expect(unescapeText(event!.get('DESCRIPTION')!.value)).toBe('a,b;c');
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash first, then ; , and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('leaves a short line alone and starts each continuation with one space', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine('X'.repeat(160)).split('\r\n');
    // 75 + (1 + 74) + (1 + 11): the space does not count as content.
    expect(folded.map(octets)).toEqual([75, 75, 12]);
    expect(folded.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe('X'.repeat(160));
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });
});

describe('calendar entries for the countdown', () => {
  const { milestones, anniversaries } = content();

  it('the next event on 25 November 2026 becomes an all-day entry on 6 December', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    const { next } = countdownAt(eventsAround(milestones, anniversaries, 2026, 'Asia/Seoul'), now);
    const entry = occurrenceEntry(next!, 'rosie anniversary · 2nd', 'At midnight, your local time.');
    const [event] = events(parseIcs(buildCalendar([entry], now)));
    expect(event!.get('UID')?.value).toBe('album-anniversary-2026@rosie-fan-app');
    expect(event!.get('DTSTART')?.params).toEqual({ VALUE: 'DATE' });
    expect(event!.get('DTSTART')?.value).toBe('20261206');
    expect(unescapeText(event!.get('DESCRIPTION')!.value)).toBe('At midnight, your local time.');
  });

  it('the yearly anniversary starts on its first anniversary and repeats every year', () => {
    const album = anniversaries.find((a) => a.id === 'album-anniversary')!;
    const [event] = events(
      parseIcs(buildCalendar([yearlyEntry(album, 'rosie anniversary', 2026, 'note')], NOW)),
    );
    expect(event!.get('DTSTART')?.value).toBe('20251206');
    expect(event!.get('RRULE')?.value).toBe('FREQ=YEARLY');
    expect(event!.get('SUMMARY')?.value).toBe('rosie anniversary');
    const birthday = anniversaries.find((a) => a.id === 'birthday')!;
    const [b] = events(
      parseIcs(buildCalendar([yearlyEntry(birthday, 'ROSÉ’s birthday', 2027, 'note')], NOW)),
    );
    expect(b!.get('DTSTART')?.value).toBe('20270211');
  });
});
