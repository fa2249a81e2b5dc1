// Calendar dates ("2024-12-06") in the reader's language, via Intl. The date is a day, not an instant: it is
// formatted in UTC so every time zone (and the prerender) shows the same day.

export function formatCalendarDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
