import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  CONTENT_TIMEOUT_MS,
  ContentFetchError,
  contentRetryDelay,
  fetchContent,
  retryContent,
} from '../../src/content/content-query.ts';
import { ContentError } from '../../src/content/schema.ts';
import { rawContent } from '../fixtures.ts';

/** A fetch that answers with `response`, or never (honouring its abort signal, as the browser's does). */
function serve(response?: Response) {
  const fetchMock = vi.fn<typeof fetch>((_url, init) =>
    response
      ? Promise.resolve(response)
      : new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('fetchContent', () => {
  it('hands on valid content', async () => {
    serve(new Response(JSON.stringify(rawContent())));
    expect((await fetchContent()).tracks).toHaveLength(12);
  });

  it('calls an HTTP error a network failure, with its status', async () => {
    serve(new Response('oops', { status: 500 }));
    await expect(fetchContent()).rejects.toEqual(new ContentFetchError(500));
  });

  it('calls a file that is not JSON damaged, like one the schema refuses', async () => {
    serve(new Response('{"album": {'));
    const error = await fetchContent().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).issues).toEqual([{ path: '(root)', message: 'not valid JSON' }]);
  });

  it('calls a server that never answers a network failure once the time is up', async () => {
    vi.useFakeTimers();
    serve();
    const result = fetchContent().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(CONTENT_TIMEOUT_MS - 1);
    let settled = false;
    void result.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await result).toEqual(new ContentFetchError(0));
  });

  it('passes a cancellation on as it is (the query was cancelled, nothing failed)', async () => {
    serve();
    const controller = new AbortController();
    const result = fetchContent(controller.signal).catch((e: unknown) => e);
    controller.abort();
    const error = await result;
    expect(error).not.toBeInstanceOf(ContentFetchError);
    expect(error).toMatchObject({ name: 'AbortError' });
  });
});

describe('the retry policy', () => {
  it('retries a network failure three times, 1, 2 and 4 s apart', () => {
    const down = new ContentFetchError(503);
    expect([0, 1, 2, 3].map((failures) => retryContent(failures, down))).toEqual([true, true, true, false]);
    expect([0, 1, 2].map(contentRetryDelay)).toEqual([1000, 2000, 4000]);
  });

  it('never retries damaged data', () => {
    expect(retryContent(0, new ContentError([{ path: 'tracks', message: 'bad' }]))).toBe(false);
  });
});
