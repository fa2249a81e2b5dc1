// English interface strings. Facts and quotes stay in their original language; only the UI is translated.
export const en = {
  meta: {
    siteName: 'rosie — a fan app',
    albumTitle: 'rosie by ROSÉ — tracklist, countdown and quotes',
    albumDescription:
      'A fan app for rosie, ROSÉ’s first solo album: the 12 tracks, credits with sources, her own words, and every milestone.',
    trackTitle: (title: string) => `${title} — rosie by ROSÉ`,
    trackDescription: (n: number, title: string, duration: string) =>
      `Track ${n} of rosie, ROSÉ’s first solo album: ${title}${duration ? ` (${duration})` : ''}. Credits, sources and where to listen.`,
    favoritesTitle: 'Your favorites — rosie by ROSÉ',
    favoritesDescription: 'Your favorite tracks from rosie, saved on this device.',
    notFoundTitle: 'Page not found — rosie by ROSÉ',
  },
  common: {
    skipToContent: 'Skip to content',
    navAlbum: 'Album',
    navFavorites: 'Favorites',
    navLabel: 'Main',
    sources: 'Sources',
    footerNote:
      'An unofficial fan app. No lyrics, no official artwork: the cover here is an original drawing.',
    loading: 'Loading the album…',
    loadErrorTitle: 'The album could not be loaded',
    loadErrorBody: 'Check your connection and try again. Nothing you saved is lost.',
    loadErrorInvalid: 'The album data on the server looks damaged. Please try again later.',
    retry: 'Retry',
    unverified: 'unverified',
    secondary: 'one source',
    confidenceLabel: 'Confidence',
    sourceLabel: 'Source',
    language: 'Language',
    switchTo: '한국어',
  },
  album: {
    coverAlt: 'Original fan artwork for rosie by ROSÉ: a rose drawn in soft pinks on a blush background',
    tracklistHeading: 'Tracklist',
    by: 'by',
    tracks: (n: number) => `${n} tracks`,
    runtime: 'Total runtime',
    runtimeUnknown: (n: number) =>
      n === 1 ? 'plus 1 track of unknown length' : `plus ${n} tracks of unknown length`,
    durationUnknown: 'length unknown',
    featuring: (name: string) => `with ${name}`,
    trackNumber: (n: number) => `Track ${n}`,
    released: 'Released',
    labels: 'Labels',
  },
  track: {
    backToAlbum: 'Back to the album',
  },
  share: {
    // share strings
  },
  favorites: {
    // favorites strings
  },
  countdown: {
    heading: 'Countdown',
    next: 'Next',
    waiting: 'Reading your clock…',
    timeLeft: (title: string) => `Time left until ${title}`,
    days: 'days',
    hours: 'hours',
    minutes: 'minutes',
    seconds: 'seconds',
    /** An anniversary with its ordinal ("rosie anniversary · 2nd"); no ordinal when there is no first year. */
    anniversary: (title: string, years: number | null) =>
      years === null ? title : `${title} · ${englishOrdinal(years)}`,
    yourTime: (zone: string) => `your time (${zone})`,
    midnightIn: 'Midnight in each market',
    outNow: 'Out now',
    latest: 'Latest',
    nothingNext: 'No upcoming milestone in the data.',
    announceOutNow: (title: string) => `${title}: out now.`,
    announceNext: (title: string) => `Next: ${title}.`,
    addToCalendar: 'Add to calendar',
    addYearly: (title: string) => `Add “${title}” every year`,
    calendarNoteMidnight: 'At midnight, your local time.',
    timelineHeading: 'Milestones and charts',
    chart: 'Chart',
    asOf: (date: string) => `as of ${date}`,
  },
  quotes: {
    // quotes strings
  },
  pwa: {
    // pwa strings
  },
  theme: {
    // theme strings
  },
  notFound: {
    heading: 'This page isn’t on the album',
    body: 'The link may be old or mistyped.',
    back: 'Go to the tracklist',
  },
};

export type Messages = typeof en;

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
function englishOrdinal(n: number): string {
  const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th', zero: 'th', many: 'th' } as const;
  return `${n}${suffix[new Intl.PluralRules('en', { type: 'ordinal' }).select(n)]}`;
}
