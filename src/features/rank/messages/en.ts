// The rank page's own words in English (the page's chunk carries them; the first visit of / does not).
const en = {
  heading: 'Rank the album',
  intro:
    'Two songs at a time, pick the one you like more. The sorter asks only what it needs, then shows your order.',
  startFull: (n: number) => `Rank all ${n} songs`,
  startFullNote: (picks: number) => `At most ${picks} picks`,
  startTop: 'Just my top 3',
  startTopNote: (picks: number) => `At most ${picks} picks`,
  question: 'Which do you like more?',
  tie: 'I like both the same',
  undo: 'Undo',
  startOver: 'Start over',
  keys: 'Keys: ← and → pick, ↓ likes both the same, Backspace undoes.',
  progressLabel: 'Progress',
  picksLeft: (n: number) => (n === 1 ? 'At most 1 pick left' : `At most ${n} picks left`),
  picksDone: (n: number) => (n === 1 ? '1 pick so far' : `${n} picks so far`),
  announce: (left: string, right: string) => `${left} or ${right}?`,
  resultHeading: 'Your ranking',
  resultTopHeading: 'Your top 3',
  place: (n: number) => `${n}.`,
  tied: 'tied',
  picksTaken: (n: number) => (n === 1 ? 'Ranked in 1 pick.' : `Ranked in ${n} picks.`),
  addTop: 'Add my top 3 to favorites',
  added: (n: number) =>
    n === 0
      ? 'Your top 3 were already in your favorites.'
      : n === 1
        ? 'Added 1 track to your favorites.'
        : `Added ${n} tracks to your favorites.`,
  share: 'Share my ranking',
  shareTitle: 'My ranking of rosie by ROSÉ',
  shareTopTitle: 'My top 3 from rosie by ROSÉ',
  copied: 'Link copied',
  manual: 'Copy this link:',
  imageHeading: 'An image of it',
  imagePortrait: 'Image for a post',
  imageStory: 'Image for a story',
  imageSize: (width: number, height: number) => `${width} × ${height} px`,
  imageWorking: 'Drawing your image…',
  imageShared: 'Image ready.',
  imageSaved: 'Image saved to your downloads.',
  imageFailed: 'The image couldn’t be made on this device. The link still works.',
  imageTitle: 'My rosie ranking',
  imageTopTitle: 'My rosie top 3',
  imageFooter: 'rosie by ROSÉ · a fan app',
  imageAlt: 'A small copy of the original cover drawing',
  sharedHeading: 'Someone’s ranking',
  sharedTopHeading: (n: number) => `Someone’s top ${n}`,
  sharedIgnored: (n: number) =>
    n === 1
      ? '1 entry in the link was not a track on this album and was ignored.'
      : `${n} entries in the link were not tracks on this album and were ignored.`,
  sharedEmpty: 'This link has no tracks from this album.',
  rankYourself: 'Rank them yourself',
  yourRunWaits: 'Your own ranking is kept; this link never changes it.',
  restarted: 'The album changed since you started, so your ranking starts fresh.',
  loading: 'Reading your progress…',
  notSaved: 'Your progress can’t be saved on this device right now. It stays while this page is open.',
  recovered:
    'The progress saved on this device couldn’t be read, so a copy was kept aside and a fresh start made.',
  dismiss: 'OK',
};

export type RankMessages = typeof en;

export default en;
