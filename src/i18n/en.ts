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
    // countdown strings
  },
  quotes: {
    // quotes strings
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
    // theme strings
  },
  notFound: {
    heading: 'This page isn’t on the album',
    body: 'The link may be old or mistyped.',
    back: 'Go to the tracklist',
  },
};

export type Messages = typeof en;
