// A small RFC 5545 (iCalendar) writer: one VCALENDAR with VEVENTs, CRLF line endings, lines folded at 75 octets.
import { isoDate, twoDigits } from '../../lib/digits.ts';

export interface IcsEvent {
  /** Globally unique and stable, so importing the same event twice updates it instead of duplicating it. */
  uid: string;
  summary: string;
  description?: string;
  url?: string;
  /** A calendar day ("YYYY-MM-DD", an all-day event that starts at local midnight wherever the calendar is)
   * or an instant (ms since the epoch, written in UTC). */
  start: { date: string } | { instant: number };
  /** Repeats every year on the same date. */
  yearly?: boolean;
}

const CRLF = '\r\n';

/** Escapes TEXT values: backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line so no line is longer than 75 octets of UTF-8, never splitting a character (§3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines begin with one space, which counts toward their 75 octets.
    if (octets + size > 75) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** 20261206T000000Z */
export function utcStamp(instant: number): string {
  const d = new Date(instant);
  return (
    basicDate(isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())) +
    `T${twoDigits(d.getUTCHours())}${twoDigits(d.getUTCMinutes())}${twoDigits(d.getUTCSeconds())}Z`
  );
}

const basicDate = (date: string) => date.replaceAll('-', '');

function nextDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return basicDate(isoDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()));
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${event.uid}`, `DTSTAMP:${stamp}`];
  if ('date' in event.start) {
    lines.push(
      `DTSTART;VALUE=DATE:${basicDate(event.start.date)}`,
      `DTEND;VALUE=DATE:${nextDay(event.start.date)}`,
    );
  } else {
    lines.push(`DTSTART:${utcStamp(event.start.instant)}`);
  }
  if (event.yearly) lines.push('RRULE:FREQ=YEARLY');
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** The whole .ics file. `now` is the DTSTAMP (when the file was made). */
export function buildCalendar(events: readonly IcsEvent[], now: number): string {
  const stamp = utcStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//rosie fan app//countdown//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
