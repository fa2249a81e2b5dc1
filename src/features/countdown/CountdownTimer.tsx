// The countdown to the next milestone: a stable placeholder until mount, then live digits; changes are announced.
import { memo, useCallback, useMemo, useState } from 'react';
import { useAlbum, useAnniversaries, useMilestones } from '../../content/catalog-store.tsx';
import { localized, useLocalized } from '../../content/localized.ts';
import type { Album } from '../../content/schema.ts';
import { LOCALE, useLang, useT } from '../../i18n/i18n.tsx';
import { twoDigits } from '../../lib/digits.ts';
import { AddToCalendar } from './AddToCalendar.tsx';
import { formatAgo, formatDateTime } from './format.ts';
import {
  countdownAt,
  eventsByYear,
  visitorTimeZone,
  yearAt,
  type CountdownEvent,
  type CountdownState,
} from './milestones.ts';
import { useNow } from './use-now.ts';
import { isValidTimeZone, localMidnight } from './zoned-time.ts';
import './countdown.css';

type Market = Album['release']['markets'][number];
const NO_MARKETS: readonly Market[] = [];

const PLACEHOLDER = '--';
const UNITS = ['days', 'hours', 'minutes', 'seconds'] as const;

export function CountdownTimer() {
  const t = useT();
  const locale = LOCALE[useLang()];
  const album = useAlbum();
  const milestones = useMilestones();
  const anniversaries = useAnniversaries();
  const eventsFor = useMemo(() => eventsByYear(milestones, anniversaries), [milestones, anniversaries]);
  // The markets whose zone this browser knows (one it does not is left out rather than shown wrong).
  const knownMarkets = useMemo(
    () => album.release.markets.filter((m) => isValidTimeZone(m.timeZone)),
    [album],
  );
  const now = useNow();
  const mounted = now !== null;
  // The visitor's zone is only known in the browser: read it once, after mount.
  const timeZone = useMemo(() => (mounted ? visitorTimeZone() : null), [mounted]);
  const year = now !== null && timeZone !== null ? yearAt(now, timeZone) : null;
  const events = year !== null && timeZone !== null ? eventsFor(year, timeZone) : null;
  const state = events && now !== null ? countdownAt(events, now) : null;

  const lang = useLang();
  const name = useCallback(
    (e: CountdownEvent) => {
      const title = localized(e.title, lang);
      return e.anniversary ? t.countdown.anniversary(title, e.anniversary.years) : title;
    },
    [t, lang],
  );
  const announcement = useAnnouncement(state, (s) =>
    s.outNow && s.latest
      ? `${t.countdown.announceOutNow(name(s.latest))} ${s.next ? t.countdown.announceNext(name(s.next)) : ''}`
      : s.next
        ? t.countdown.announceNext(name(s.next))
        : '',
  );

  const next = state?.next ?? null;
  const latest = state?.latest ?? null;
  const releaseDay = album.release.date.slice(5);
  const marketDay =
    next && next.timing === 'local-midnight' && next.date.slice(5) === releaseDay ? next.date : null;
  const markets = marketDay ? knownMarkets : NO_MARKETS;
  const yearly =
    anniversaries.find((a) => a.id === next?.anniversary?.id) ??
    anniversaries.find((a) => `${twoDigits(a.month)}-${twoDigits(a.day)}` === releaseDay);
  const title = next ? name(next) : state ? t.countdown.nothingNext : t.countdown.waiting;
  const nextAt = next?.at ?? null;
  const when = useMemo(
    () => (nextAt !== null && timeZone ? formatDateTime(nextAt, locale, timeZone) : null),
    [nextAt, locale, timeZone],
  );

  return (
    <section className="countdown" aria-labelledby="countdown-heading">
      <h2 id="countdown-heading">{t.countdown.heading}</h2>
      <p className="countdown__next">
        <span className="countdown__label">{t.countdown.next}</span>{' '}
        <strong className="countdown__title">{title}</strong>
      </p>
      <p className="countdown__when">
        {next && when ? (
          <time dateTime={next.timing === 'instant' ? new Date(next.at).toISOString() : next.date}>
            {when}
          </time>
        ) : (
          '\u00a0'
        )}
      </p>
      <div
        role="timer"
        aria-label={next ? t.countdown.timeLeft(title) : t.countdown.heading}
        className="countdown__digits"
      >
        {UNITS.map((unit) => (
          <span key={unit} className={`countdown__part countdown__part--${unit}`}>
            <span className="countdown__value">
              {state?.remaining ? twoDigits(state.remaining[unit]) : PLACEHOLDER}
            </span>
            <span className="countdown__unit">{t.countdown[unit]}</span>
          </span>
        ))}
      </div>
      {marketDay && markets.length > 0 && <MarketTimes date={marketDay} markets={markets} locale={locale} />}
      {latest && state?.sinceLatest != null && (
        <LatestLine name={name(latest)} outNow={state.outNow} ago={formatAgo(state.sinceLatest, locale)} />
      )}
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      <AddToCalendar events={eventsFor} yearly={yearly} eventName={name} />
    </section>
  );
}

// The parts below the digits are components of their own: the first live reading fills in the whole countdown, and
// React, rendering a clock tick as a transition, can pause between components (a phone stays responsive). They are
// memoized on props that stay equal from one second to the next, so a tick renders only the digits (and whatever
// text really changed), not every market's time again.

/** "Midnight in: Seoul: …, New York: …": when the release day starts in each market. */
const MarketTimes = memo(function MarketTimes({
  date,
  markets,
  locale,
}: {
  date: string;
  markets: readonly Market[];
  locale: string;
}) {
  const t = useT();
  const localized = useLocalized();
  return (
    <div className="countdown__markets">
      <p>{t.countdown.midnightIn}</p>
      <ul>
        {markets.map((m) => {
          const at = localMidnight(date, m.timeZone);
          return (
            <li key={m.timeZone}>
              {localized(m.city)}:{' '}
              <time dateTime={new Date(at).toISOString()}>{formatDateTime(at, locale, m.timeZone)}</time>
            </li>
          );
        })}
      </ul>
    </div>
  );
});

/** "Out now: rosie · 3 hours ago" (or "Latest: …" once the day has passed). */
const LatestLine = memo(function LatestLine({
  name,
  outNow,
  ago,
}: {
  name: string;
  outNow: boolean;
  ago: string;
}) {
  const t = useT();
  return (
    <p className={outNow ? 'countdown__latest countdown__latest--out' : 'countdown__latest'}>
      <strong className="countdown__badge">{outNow ? t.countdown.outNow : t.countdown.latest}</strong> {name}{' '}
      · {ago}
    </p>
  );
});

/** The message for the live region: set only when the state (what is out, what is next) changes, never on
 * the first reading and never on a mere tick. */
function useAnnouncement(state: CountdownState | null, message: (state: CountdownState) => string): string {
  const key = state ? `${state.outNow ? (state.latest?.key ?? '') : ''}>${state.next?.key ?? ''}` : null;
  const [seen, setSeen] = useState<{ key: string | null; message: string }>({ key: null, message: '' });
  if (state && key !== seen.key) {
    // Adjusting state while rendering (React's pattern for "derived from a change"), not in an effect.
    setSeen({ key, message: seen.key === null ? '' : message(state) });
  }
  return seen.message;
}
