// What is true for a fan in each tested time zone, worked out by hand from the zone's offsets (not by the code
// under test). The tz test files run once per zone (see vitest.config.ts) and look up the current TZ here.

interface ZoneFacts {
  /** The UTC offset in December, as written in an ISO instant. */
  decemberOffset: string;
  /** 2024-12-06 00:00 local: when rosie came out for this fan. */
  release: string;
  /** 2026-12-06 00:00 local: the album's 2nd anniversary. */
  secondAnniversary: string;
  /** 2026-11-24T12:00:00Z until the 2nd anniversary, as [days, hours]. */
  fromNov24Noon: [number, number];
  /** A daylight-saving change in 2026 (null: the zone has none), a local time before it with its offset,
   * and the exact time left from there to the next event: [event key, days, hours]. */
  dst: { change: string; before: string; next: string; left: [number, number] } | null;
}

export const ZONES: Record<string, ZoneFacts> = {
  'Asia/Seoul': {
    decemberOffset: '+09:00',
    release: '2024-12-05T15:00:00Z',
    secondAnniversary: '2026-12-05T15:00:00Z',
    fromNov24Noon: [11, 3],
    dst: null,
  },
  'America/New_York': {
    decemberOffset: '-05:00',
    release: '2024-12-06T05:00:00Z',
    secondAnniversary: '2026-12-06T05:00:00Z',
    fromNov24Noon: [11, 17],
    // 2026-11-01 02:00 EDT → 01:00 EST. From Saturday noon EDT (16:00Z) to 05:00Z on 6 Dec: 35 d 13 h.
    dst: {
      change: '2026-11-01T06:00:00Z',
      before: '2026-10-31T12:00:00-04:00',
      next: 'album-anniversary-2026',
      left: [35, 13],
    },
  },
  'Europe/London': {
    decemberOffset: '+00:00',
    release: '2024-12-06T00:00:00Z',
    secondAnniversary: '2026-12-06T00:00:00Z',
    fromNov24Noon: [11, 12],
    // 2026-10-25 02:00 BST → 01:00 GMT. From 24 Oct noon BST (11:00Z) to 00:00Z on 6 Dec: 42 d 13 h.
    dst: {
      change: '2026-10-25T01:00:00Z',
      before: '2026-10-24T12:00:00+01:00',
      next: 'album-anniversary-2026',
      left: [42, 13],
    },
  },
  'America/Los_Angeles': {
    decemberOffset: '-08:00',
    release: '2024-12-06T08:00:00Z',
    secondAnniversary: '2026-12-06T08:00:00Z',
    fromNov24Noon: [11, 20],
    // 2026-11-01 02:00 PDT → 01:00 PST. From Saturday noon PDT (19:00Z) to 08:00Z on 6 Dec: 35 d 13 h.
    dst: {
      change: '2026-11-01T09:00:00Z',
      before: '2026-10-31T12:00:00-07:00',
      next: 'album-anniversary-2026',
      left: [35, 13],
    },
  },
  'Pacific/Auckland': {
    decemberOffset: '+13:00',
    release: '2024-12-05T11:00:00Z',
    secondAnniversary: '2026-12-05T11:00:00Z',
    fromNov24Noon: [10, 23],
    // 2026-09-27 02:00 NZST → 03:00 NZDT (springs forward). From 26 Sep noon NZST (00:00Z) to APT.'s
    // anniversary, 18 Oct 00:00 NZDT (17 Oct 11:00Z): 21 d 11 h.
    dst: {
      change: '2026-09-26T14:00:00Z',
      before: '2026-09-26T12:00:00+12:00',
      next: 'apt-anniversary-2026',
      left: [21, 11],
    },
  },
};

export function currentZone(): [string, ZoneFacts] {
  const tz = process.env.TZ ?? '';
  const facts = ZONES[tz];
  if (!facts) throw new Error(`No facts for TZ=${tz}: run the tz tests through the vitest projects`);
  return [tz, facts];
}
