// "Add to calendar": downloads an .ics for the next event, and one that repeats an anniversary every year.
import { memo } from 'react';
import { useLocalized } from '../../content/localized.ts';
import type { Anniversary } from '../../content/schema.ts';
import { useT } from '../../i18n/i18n.tsx';
import { occurrenceEntry, yearlyEntry } from './calendar.ts';
import { downloadText } from './download.ts';
import { buildCalendar } from './ics.ts';
import { countdownAt, visitorTimeZone, yearAt, type CountdownEvent } from './milestones.ts';

interface AddToCalendarProps {
  /** Computes the events for a zone and year (the timer's own data). */
  events: (year: number, timeZone: string) => readonly CountdownEvent[];
  /** The anniversary offered as a yearly event. */
  yearly: Anniversary | undefined;
  eventName: (event: CountdownEvent) => string;
}

const ICS_TYPE = 'text/calendar;charset=utf-8';

/** Memoized: its props stay equal from one clock tick to the next, so the ticks do not render it again. */
export const AddToCalendar = memo(function AddToCalendar({ events, yearly, eventName }: AddToCalendarProps) {
  const t = useT();
  const localized = useLocalized();
  const addNext = () => {
    // Read the clock at the click: the next event is whatever is next now, not at the last render.
    const now = Date.now();
    const timeZone = visitorTimeZone();
    const { next } = countdownAt(events(yearAt(now, timeZone), timeZone), now);
    if (!next) return;
    const ics = buildCalendar(
      [occurrenceEntry(next, eventName(next), t.countdown.calendarNoteMidnight)],
      now,
    );
    downloadText(`rosie-${next.key}.ics`, ics, ICS_TYPE);
  };
  const addYearly = () => {
    if (!yearly) return;
    const now = Date.now();
    const ics = buildCalendar(
      [
        yearlyEntry(
          yearly,
          localized(yearly.title),
          yearAt(now, visitorTimeZone()),
          t.countdown.calendarNoteMidnight,
        ),
      ],
      now,
    );
    downloadText(`rosie-${yearly.id}-yearly.ics`, ics, ICS_TYPE);
  };
  return (
    <div className="countdown__actions">
      <button type="button" className="button button--ghost" onClick={addNext}>
        {t.countdown.addToCalendar}
      </button>
      {yearly && (
        <button type="button" className="button button--ghost" onClick={addYearly}>
          {t.countdown.addYearly(localized(yearly.title))}
        </button>
      )}
    </div>
  );
});
