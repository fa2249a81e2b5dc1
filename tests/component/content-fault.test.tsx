import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepPrintedPage } from '../../src/app/content-fault.tsx';
import { loadContent } from '../../src/app/load-content.ts';
import { createQueryClient } from '../../src/app/query-client.ts';
import { rawContent } from '../fixtures.ts';

const PRINTED = '<main><h1>rosie</h1><ol><li><a href="/track/apt">APT.</a></li></ol></main>';

/** The server: a 500, or a file that is not JSON, until it is healthy again. */
function server(fault: 'down' | 'damaged') {
  const state = { healthy: false };
  const fetchMock = vi.fn<typeof fetch>(() =>
    Promise.resolve(
      state.healthy
        ? new Response(JSON.stringify(rawContent()))
        : fault === 'down'
          ? new Response('', { status: 500 })
          : new Response('{"album": {'),
    ),
  );
  vi.stubGlobal('fetch', fetchMock);
  return { state, fetchMock };
}

let root: HTMLElement;
beforeEach(() => {
  root = Object.assign(document.createElement('div'), { id: 'root', innerHTML: PRINTED });
  document.body.append(root);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

async function openPrintedPage(lang: 'en' | 'ko' = 'en') {
  const queryClient = createQueryClient();
  const hydrate = vi.fn();
  await loadContent(queryClient);
  keepPrintedPage(queryClient, lang, hydrate);
  return { hydrate };
}

describe('a prerendered page whose data cannot be had', () => {
  it('keeps its printed content, says so calmly, and hydrates once Retry brings the data', async () => {
    const { state, fetchMock } = server('down');
    const { hydrate } = await openPrintedPage();
    const notice = await screen.findByRole('status');
    expect(notice).toHaveTextContent('The album data could not be loaded. You can keep reading');
    expect(root.innerHTML).toBe(PRINTED);
    expect(fetchMock).toHaveBeenCalled();

    state.healthy = true;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(hydrate).toHaveBeenCalledOnce());
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(root.innerHTML).toBe(PRINTED);
  });

  it('reports damaged data once, in the console and the notice, and does not ask again by itself', async () => {
    const { fetchMock } = server('damaged');
    vi.mocked(console.error).mockImplementationOnce(() => undefined);
    const { hydrate } = await openPrintedPage();
    expect(await screen.findByRole('status')).toHaveTextContent('looks damaged');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(console.error).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('not valid JSON'));
    expect(hydrate).not.toHaveBeenCalled();
    expect(root.innerHTML).toBe(PRINTED);
  });

  it('speaks Korean on a Korean page', async () => {
    server('down');
    await openPrintedPage('ko');
    expect(await screen.findByRole('status')).toHaveTextContent('앨범 데이터를 불러오지 못했어요');
    expect(screen.getByRole('button', { name: '다시 시도' })).toBeInTheDocument();
  });
});
