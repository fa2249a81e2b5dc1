// The track page's own words, one file per language in messages/ (src/i18n/page-messages.ts): they load with the
// page. Its title, share image text and the "Sources" label (shared with the album page) stay in src/i18n/.
import { messagesByTag, useMessagesOf } from '../../i18n/page-messages.ts';
import type { TrackMessages } from './messages/en.ts';

export const trackMessages = messagesByTag(
  import.meta.glob<TrackMessages>('./messages/*.ts', { eager: true, import: 'default' }),
);

export type { TrackMessages };

export const useTrackT = (): TrackMessages => useMessagesOf(trackMessages);
