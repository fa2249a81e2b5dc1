// English interface strings. The content's own strings are in the data, in every language (src/content/localized.ts).
import type { SourceKind } from '../content/schema.ts';

export const en = {
  meta: {
    siteName: 'rosie — a fan app',
    albumTitle: 'rosie by ROSÉ — tracklist, countdown and quotes',
    albumDescription:
      'A fan app for rosie, ROSÉ’s debut studio album: the 12 tracks, credits with sources, her own words, and every milestone.',
    trackTitle: (title: string) => `${title} — rosie by ROSÉ`,
    trackDescription: (n: number, title: string, duration: string) =>
      `Track ${n} of rosie, ROSÉ’s debut studio album: ${title}${duration ? ` (${duration})` : ''}. Credits, sources and where to listen.`,
    favoritesTitle: 'Your favorites — rosie by ROSÉ',
    favoritesDescription: 'Your favorite tracks from rosie, saved on this device.',
    notFoundTitle: 'Page not found — rosie by ROSÉ',
    rankTitle: 'Rank the album — rosie by ROSÉ',
    rankDescription:
      'Rank the 12 tracks of rosie, two at a time, in 30 picks or fewer, then share your order as a link or an image.',
  },
  common: {
    skipToContent: 'Skip to content',
    navAlbum: 'Album',
    navFavorites: 'Favorites',
    navRank: 'Rank',
    navLabel: 'Main',
    sources: 'Sources',
    footerNote:
      'An unofficial fan app. No lyrics, no official artwork: the cover here is an original drawing.',
    loading: 'Loading the album…',
    loadErrorTitle: 'The album could not be loaded',
    loadErrorBody: 'Check your connection and try again. Nothing you saved is lost.',
    loadErrorInvalid: 'The album data on the server looks damaged. Please try again later.',
    pageLoadErrorTitle: 'This page could not be opened',
    dataNotLoaded:
      'The album data could not be loaded. You can keep reading; the buttons work once it loads.',
    dataDamaged: 'The album data on the server looks damaged. You can keep reading; please try again later.',
    retry: 'Retry',
    unverified: 'unverified',
    secondary: 'one source',
    confidenceLabel: 'Confidence',
    sourceLabel: 'Source',
    language: 'Language',
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
    writers: 'Writers',
    producers: 'Producers',
    trackNav: 'Tracks',
    about: 'About the album',
  },
  track: {
    sourcesLabel: 'Sources',
    shareImageAlt: (n: number, title: string) =>
      `Track ${n}, ${title}, beside an original drawing of a rose with the word rosie`,
  },
  share: {
    share: 'Share',
    copied: 'Link copied',
    manual: 'Copy this link',
  },
  favorites: {
    toggle: (title: string) => `Favorite ${title}`,
    toggleShort: 'Favorite',
    notSaved: 'Favorites can’t be saved on this device right now. They’ll stay while this page is open.',
    recovered:
      'The favorites saved on this device couldn’t be read, so a copy was kept aside and a fresh list started.',
    dismiss: 'OK',
  },
  rank: {
    fromTracklist: 'Rank these songs',
    cardAlt: 'An original drawing of a rose with the word rosie, beside the words Rank the album',
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
    reportedOn: (date: string) => `reported ${date}`,
    source: (count: number): string => (count === 1 ? 'Source' : 'Sources'),
    via: (outlet: string) => `via ${outlet}`,
    translationLabel: 'Translation by this app:',
  },
  sources: {
    kinds: {
      news: 'news',
      label: 'label / press release',
      encyclopedia: 'encyclopedia',
      'fan-wiki': 'fan wiki',
      interview: 'interview video',
      blog: 'blog',
      streaming: 'streaming service',
    } satisfies Record<SourceKind, string>,
    newTab: '(opens in a new tab)',
  },
  pwa: {
    offline: 'Offline',
    offlineTitle: 'You are offline. The album, every track and your favorites still work.',
    updateAvailable: 'A new version is available',
    reload: 'Reload',
    later: 'Later',
    install: 'Install',
    installLabel: 'Install the rosie app',
    iosInstallSummary: 'Install',
    iosInstallHint: 'Tap the Share button, then “Add to Home Screen”.',
    linkNeedsNetwork: 'You’re offline: this link opens once you’re back online.',
    shareOffline: 'You’re offline: the link works, but the app you share it to may wait for a connection.',
    dismiss: 'Dismiss',
    version: (version: string) => `Version ${version}`,
  },
  theme: {
    dark: 'Dark theme',
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
  ordinalRules ??= new Intl.PluralRules('en', { type: 'ordinal' });
  return `${n}${suffix[ordinalRules.select(n)]}`;
}
let ordinalRules: Intl.PluralRules | undefined;
