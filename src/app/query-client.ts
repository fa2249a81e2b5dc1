// The QueryClient with the app's defaults, and the content query it loads first.
import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ContentError } from '../content/schema.ts';
export { contentQuery } from '../content/content-query.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    // Damaged data is never retried, so this reports it once per load: the console names each bad field for
    // whoever deploys, and the page says it calmly. A network failure is the visitor's weather, not an error.
    queryCache: new QueryCache({
      onError: (error) => {
        if (error instanceof ContentError) console.error(error.message);
      },
    }),
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
}
