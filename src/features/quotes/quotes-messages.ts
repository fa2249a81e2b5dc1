// The quotes carousel's own words, one file per language in messages/ (src/i18n/page-messages.ts): they load with
// its island, which waits for a first interaction. The words it shares with the track page stay in src/i18n/.
import { messagesByTag, useMessagesOf } from '../../i18n/page-messages.ts';
import type { QuotesMessages } from './messages/en.ts';

export const quotesMessages = messagesByTag(
  import.meta.glob<QuotesMessages>('./messages/*.ts', { eager: true, import: 'default' }),
);

export type { QuotesMessages };

export const useQuotesT = (): QuotesMessages => useMessagesOf(quotesMessages);
