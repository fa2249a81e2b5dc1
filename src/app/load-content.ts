// Starts the content's load for src/boot.tsx. Apart from src/app/content-fault.tsx, which only a failed load needs
// (then it is imported): a first visit that goes well does not carry the notice.
import { hashKey, type QueryClient } from '@tanstack/react-query';
import { contentQuery } from '../content/content-query.ts';

const contentHash = hashKey(contentQuery.queryKey);

/**
 * Starts loading the content. Resolves once it is here or its first attempt has failed, while the retries go on:
 * a prerendered page can say so at once, rather than after every retry.
 */
export function loadContent(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    const finish = () => {
      unsubscribe();
      resolve();
    };
    const unsubscribe = queryClient.getQueryCache().subscribe(({ query }) => {
      if (query.queryHash === contentHash && query.state.fetchFailureCount > 0) finish();
    });
    queryClient.query(contentQuery).then(finish, finish);
  });
}
