// The home page's sections below the hero, each an island (src/lib/island.tsx): their code loads, and their
// prerendered HTML hydrates, when they come near the screen.
import { island } from '../lib/island.tsx';

export const CountdownSection = island('countdown', () =>
  import('../features/countdown/CountdownTimer.tsx').then((module) => module.CountdownTimer),
);

export const TracklistSection = island('tracklist', () =>
  import('./TracklistWithHearts.tsx').then((module) => module.TracklistWithHearts),
);

export const QuotesSection = island('quotes', () =>
  import('./QuotesWithTrackLinks.tsx').then((module) => module.QuotesWithTrackLinks),
);

export const TimelineSection = island('timeline', () =>
  import('../features/countdown/Timeline.tsx').then((module) => module.Timeline),
);
