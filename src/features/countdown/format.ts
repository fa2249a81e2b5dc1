// Intl formatting for the countdown: event dates in a given zone and language, and "how long ago".
import { dateFormat, relativeFormat } from '../../lib/format-date.ts';
import { agoParts } from './milestones.ts';

/** "Sunday, December 6, 2026 at 12:00 AM GMT+9": the full date and time of an instant in `timeZone`. */
export function formatDateTime(instant: number, locale: string, timeZone: string): string {
  return dateFormat(locale, {
    timeZone,
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant);
}

/** "3 hours ago", "1년 전". */
export function formatAgo(ms: number, locale: string): string {
  const { value, unit } = agoParts(ms);
  return relativeFormat(locale).format(value, unit);
}
