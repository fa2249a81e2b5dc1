// The favorites page's own words (its list and a shared link), one file per language in messages/
// (src/i18n/page-messages.ts): they load with the page. The hearts and their notices, on every page, stay in
// src/i18n/.
import { messagesByTag, useMessagesOf } from '../../i18n/page-messages.ts';
import type { FavoritesMessages } from './messages/en.ts';

export const favoritesMessages = messagesByTag(
  import.meta.glob<FavoritesMessages>('./messages/*.ts', { eager: true, import: 'default' }),
);

export type { FavoritesMessages };

export const useFavoritesT = (): FavoritesMessages => useMessagesOf(favoritesMessages);
