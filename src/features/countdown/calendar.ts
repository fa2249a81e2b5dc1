// Calendar entries for the countdown's events: what goes into the .ics for one occurrence or a yearly anniversary.
import type { Anniversary } from '../../content/schema.ts';
import { isoDate } from '../../lib/digits.ts';
import type { IcsEvent } from './ics.ts';
import type { CountdownEvent } from './milestones.ts';

const UID_DOMAIN = 'rosie-fan-app';

/** One occurrence: all-day for a local-midnight (or dateless) event, so it starts at midnight wherever the
 * calendar is; an instant stays an instant. */
export function occurrenceEntry(event: CountdownEvent, summary: string, midnightNote: string): IcsEvent {
  if (event.timing === 'instant')
    return { uid: `${event.key}@${UID_DOMAIN}`, summary, start: { instant: event.at } };
  return {
    uid: `${event.key}@${UID_DOMAIN}`,
    summary,
    description: midnightNote,
    start: { date: event.date },
  };
}

/** A yearly all-day event from the first anniversary on (or from `fromYear` when there is no first year). */
export function yearlyEntry(
  anniversary: Anniversary,
  summary: string,
  fromYear: number,
  midnightNote: string,
): IcsEvent {
  const year = anniversary.firstYear === null ? fromYear : anniversary.firstYear + 1;
  return {
    uid: `${anniversary.id}-yearly@${UID_DOMAIN}`,
    summary,
    description: midnightNote,
    start: { date: isoDate(year, anniversary.month, anniversary.day) },
    yearly: true,
  };
}
