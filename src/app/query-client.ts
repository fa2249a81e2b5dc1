// The QueryClient with the app's defaults, and the content query it loads first.
import { QueryClient } from '@tanstack/react-query';
export { contentQuery } from '../content/content-query.ts';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { refetchOnWindowFocus: false } },
  });
}
