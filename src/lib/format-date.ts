// Dates in the reader's language, via Intl, with one cached formatter per (locale, options): building an
// Intl.DateTimeFormat costs far more than using one, and a page formats dozens of dates while it hydrates.
import { getOrCreate } from './get-or-create.ts';

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The shared Intl.DateTimeFormat for these arguments (made once, then reused). */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  return getOrCreate(dateFormats, key, () => new Intl.DateTimeFormat(locale, options));
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** The shared Intl.RelativeTimeFormat ("3 hours ago", "어제") for a locale. */
export function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  return getOrCreate(relativeFormats, locale, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
}

/**
 * A calendar day ("2024-12-06") in words. The date is a day, not an instant: it is formatted in UTC so every time
 * zone (and the prerender) shows the same day. Anything that is not a YYYY-MM-DD date is returned as written.
 */
export function formatCalendarDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return calendarFormat(locale).format(new Date(Date.UTC(y, m - 1, d)));
}

const calendarFormat = (locale: string) => dateFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });

/**
 * Builds the calendar-date formatter ahead of its first use. The first Intl formatter a page builds also loads the
 * engine's locale data (~10 ms on a fast machine, four times that on a phone): called in a task of its own before
 * hydration, that cost does not land in the middle of rendering a component, where it cannot be split.
 */
export function prepareDateFormats(locale: string): void {
  calendarFormat(locale);
}
