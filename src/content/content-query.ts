// The one query that loads the album content: fetch the static JSON, validate it, hand it on.
import { queryOptions } from '@tanstack/react-query';
import { CONTENT_URL } from './content-path.ts';
import { ContentError, parseContent, type Content } from './schema.ts';

export const contentQueryKey = ['content'] as const;

export class ContentFetchError extends Error {
  constructor(readonly status: number) {
    super(`The album data could not be loaded (HTTP ${status}).`);
    this.name = 'ContentFetchError';
  }
}

export async function fetchContent(signal?: AbortSignal): Promise<Content> {
  const response = await fetch(CONTENT_URL, { signal });
  if (!response.ok) throw new ContentFetchError(response.status);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ContentFetchError(response.status);
  }
  return parseContent(json);
}

export const contentQuery = queryOptions({
  queryKey: contentQueryKey,
  queryFn: ({ signal }) => fetchContent(signal),
  // The JSON changes only with a deploy; the service worker and HTTP caching handle freshness.
  staleTime: Infinity,
  // A network blip is retried once; damaged data is not (it will not mend itself).
  retry: (failures, error) => failures < 1 && !(error instanceof ContentError),
});
