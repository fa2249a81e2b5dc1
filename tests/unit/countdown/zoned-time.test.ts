import { describe, expect, it } from 'vitest';
import { localDate, localMidnight, offsetAt } from '../../../src/features/countdown/zoned-time.ts';
import { timelineEntries } from '../../../src/features/countdown/timeline.ts';
import { content } from '../../fixtures.ts';

const iso = (n: number) => new Date(n).toISOString();

describe('localMidnight', () => {
  it('finds 00:00 of a date in zones ahead of and behind UTC', () => {
    expect(iso(localMidnight('2024-12-06', 'Asia/Seoul'))).toBe('2024-12-05T15:00:00.000Z');
    expect(iso(localMidnight('2024-12-06', 'America/New_York'))).toBe('2024-12-06T05:00:00.000Z');
    expect(iso(localMidnight('2024-12-06', 'Pacific/Auckland'))).toBe('2024-12-05T11:00:00.000Z');
    expect(iso(localMidnight('2024-12-06', 'Asia/Kolkata'))).toBe('2024-12-05T18:30:00.000Z');
    expect(iso(localMidnight('2026-10-18', 'Europe/London'))).toBe('2026-10-17T23:00:00.000Z');
  });

  it('matches the release instants the data gives for each market', () => {
    const { release } = content().album;
    for (const market of release.markets)
      expect(localMidnight(release.date, market.timeZone)).toBe(Date.parse(market.at));
  });

  it('uses the first instant of the day when a DST jump skips midnight (Santiago, 8 Sep 2024)', () => {
    expect(iso(localMidnight('2024-09-08', 'America/Santiago'))).toBe('2024-09-08T04:00:00.000Z');
    expect(localDate(localMidnight('2024-09-08', 'America/Santiago'), 'America/Santiago')).toBe('2024-09-08');
    expect(iso(localMidnight('2024-09-07', 'America/Santiago'))).toBe('2024-09-07T04:00:00.000Z');
  });

  it('knows the offset on both sides of a change', () => {
    expect(offsetAt(Date.parse('2026-11-01T05:59:59Z'), 'America/New_York')).toBe(-4 * 3600_000);
    expect(offsetAt(Date.parse('2026-11-01T06:00:00Z'), 'America/New_York')).toBe(-5 * 3600_000);
  });
});

describe('timelineEntries', () => {
  it('puts every milestone and chart record oldest first, with sources and dates', () => {
    const { milestones, charts } = content();
    const entries = timelineEntries(milestones, charts);
    expect(entries).toHaveLength(milestones.length + charts.length);
    const dates = entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(entries[0]?.key).toBe('milestone-announced');
    const apt = entries.find((e) => e.key === 'milestone-apt-release')!;
    expect(apt.date).toBe('2024-10-18');
    expect(apt.dateTime).toBe('2024-10-18T13:00:00+09:00');
    expect(entries.filter((e) => e.kind === 'chart').every((e) => e.sources.length > 0)).toBe(true);
  });
});
