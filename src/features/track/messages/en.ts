// The track page's own words in English (the other languages' files follow these keys).

const en = {
  backToAlbum: 'Back to the album',
  duration: 'Length',
  about: 'About this track',
  inHerWords: 'In her words',
  saidTo: (who: string) => `to ${who}`,
  credits: 'Credits',
  writers: 'Writers',
  producers: 'Producers',
  creditUnknown: 'No source we trust lists them yet.',
  listen: 'Listen',
  appleMusic: 'rosie on Apple Music',
  spotify: 'Search on Spotify',
  youtubeMusic: 'Search on YouTube Music',
  newTab: '(opens in a new tab)',
  pagerLabel: 'Other tracks',
  previous: 'Previous',
  next: 'Next',
  shareText: (n: number, title: string) => `${title}, track ${n} of rosie by ROSÉ`,
};

export default en;
export type TrackMessages = typeof en;
