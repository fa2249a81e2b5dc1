// The timeline's entries: milestones and chart records on one line of dates, oldest first.
import type { ChartFact, Confidence, Localized, Milestone } from '../../content/schema.ts';

export interface TimelineEntry {
  key: string;
  kind: 'milestone' | 'chart';
  /** The calendar date shown ("YYYY-MM-DD"): the event's own date, or when a chart record was compiled. */
  date: string;
  /** For <time dateTime>: the full instant when the data has one, else the date. */
  dateTime: string;
  text: Localized;
  note: Localized | null;
  confidence: Confidence;
  sources: readonly string[];
}

function milestoneEntry(m: Milestone): TimelineEntry {
  const { when } = m;
  return {
    key: `milestone-${m.id}`,
    kind: 'milestone',
    // An instant keeps the date as written with its offset (the date where it happened), identical on every
    // machine, so the prerendered list never differs from the client's.
    date: when.timing === 'instant' ? when.at.slice(0, 10) : when.date,
    dateTime: when.timing === 'instant' ? when.at : when.date,
    text: m.title,
    note: m.note,
    confidence: m.confidence,
    sources: m.sources,
  };
}

function chartEntry(c: ChartFact): TimelineEntry {
  return {
    key: `chart-${c.id}`,
    kind: 'chart',
    date: c.asOf,
    dateTime: c.asOf,
    text: c.text,
    note: null,
    confidence: c.confidence,
    sources: c.sources,
  };
}

/** Milestones and chart records, oldest first; on the same date, milestones first, then data order. */
export function timelineEntries(
  milestones: readonly Milestone[],
  charts: readonly ChartFact[],
): TimelineEntry[] {
  const entries = [...milestones.map(milestoneEntry), ...charts.map(chartEntry)];
  // Array.prototype.sort is stable: equal dates keep milestones before charts and the data's order.
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
