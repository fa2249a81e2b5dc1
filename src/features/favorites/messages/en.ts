// The favorites page's own words in English (the other languages' files follow these keys).

const en = {
  heading: 'Your favorites',
  loading: 'Reading your favorites…',
  count: (n: number) => (n === 1 ? '1 favorite track' : `${n} favorite tracks`),
  emptyTitle: 'No favorites yet',
  emptyBody: 'Tap the heart next to any track and it will wait for you here, saved on this device.',
  emptyLink: 'Go to the tracklist',
  share: 'Share my favorites',
  shareTitle: 'My favorites from rosie by ROSÉ',
  copied: 'Link copied',
  manual: 'Copy this link:',
  sharedHeading: 'Shared favorites',
  sharedIntro: (n: number) =>
    n === 1 ? 'Someone shared 1 track with you.' : `Someone shared ${n} tracks with you.`,
  sharedIgnored: (n: number) =>
    n === 1
      ? '1 entry in the link was not a track on this album and was ignored.'
      : `${n} entries in the link were not tracks on this album and were ignored.`,
  sharedEmpty: 'This link has no tracks from this album.',
  addShared: 'Add these to my favorites',
  allAdded: 'All of these are already in your favorites.',
  added: (n: number) =>
    n === 1 ? 'Added 1 track to your favorites.' : `Added ${n} tracks to your favorites.`,
};

export default en;
export type FavoritesMessages = typeof en;
