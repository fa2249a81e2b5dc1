// The one query that loads the album content: fetch the static JSON, validate it, hand it on.
import { queryOptions } from '@tanstack/react-query';
import { CONTENT_URL } from './content-path.ts';
import { ContentError, parseContent, type Content } from './schema.ts';

export const contentQueryKey = ['content'] as const;

/** How long a request may wait for the server's answer before it counts as a network failure (and is retried). */
export const CONTENT_TIMEOUT_MS = 6000;

/** The network failed: no answer (status 0), or an HTTP error. Worth trying again. */
export class ContentFetchError extends Error {
  constructor(readonly status: number) {
    super(
      status === 0
        ? 'The album data could not be loaded (no answer).'
        : `The album data could not be loaded (HTTP ${status}).`,
    );
    this.name = 'ContentFetchError';
  }
}

export async function fetchContent(signal?: AbortSignal): Promise<Content> {
  const response = await answerOf(signal);
  if (!response.ok) throw new ContentFetchError(response.status);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    // The file arrived but is not JSON (a deploy caught half-way): damaged, like a file the schema refuses.
    throw new ContentError([{ path: '(root)', message: 'not valid JSON' }]);
  }
  return parseContent(json);
}

/** The response, once its headers arrive; a server that says nothing for CONTENT_TIMEOUT_MS is a failure. */
async function answerOf(signal?: AbortSignal): Promise<Response> {
  const controller = new AbortController();
  const stop = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', stop, { once: true });
  const timer = setTimeout(() => controller.abort(), CONTENT_TIMEOUT_MS);
  try {
    return await fetch(CONTENT_URL, { signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted && !signal?.aborted) throw new ContentFetchError(0);
    throw error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/** Network failures are retried three times, 1, 2 and 4 s apart; damaged data never is (it will not mend itself). */
export const retryContent = (failures: number, error: Error) =>
  failures < 3 && !(error instanceof ContentError);
export const contentRetryDelay = (failures: number) => Math.min(1000 * 2 ** failures, 8000);

export const contentQuery = queryOptions({
  queryKey: contentQueryKey,
  queryFn: ({ signal }) => fetchContent(signal),
  // The JSON changes only with a deploy; the service worker and HTTP caching handle freshness.
  staleTime: Infinity,
  retry: retryContent,
  retryDelay: contentRetryDelay,
});
