import { screen } from '@testing-library/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { createQueryClient } from '../../src/app/query-client.ts';
import { rawContent, setAt } from '../fixtures.ts';

function respondWith(...bodies: unknown[]) {
  const fetchMock = vi.fn<typeof fetch>();
  for (const body of bodies) {
    if (body instanceof Error) fetchMock.mockRejectedValueOnce(body);
    else fetchMock.mockResolvedValueOnce(new Response(JSON.stringify(body), { status: 200 }));
  }
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('App loading the album data', () => {
  it('loads the JSON through the query and shows the tracklist', async () => {
    const fetchMock = respondWith(rawContent());
    render(<App queryClient={createQueryClient()} />);
    expect(await screen.findAllByRole('listitem')).not.toHaveLength(0);
    expect(screen.getByRole('link', { name: 'number one girl' })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/data/rosie.json', expect.anything());
  });

  it('shows a friendly error with Retry when the data is damaged, and recovers on Retry', async () => {
    const broken = rawContent();
    setAt(broken, 'tracks.6.slug', 'apt');
    const fetchMock = respondWith(broken, rawContent());
    // Damaged data is reported once in the console, for whoever deploys it (tests/setup.ts fails on any other).
    vi.mocked(console.error).mockImplementationOnce(() => undefined);
    render(<App queryClient={createQueryClient()} />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The album could not be loaded');
    expect(alert).toHaveTextContent('looks damaged');
    expect(fetchMock).toHaveBeenCalledOnce();
    expect(console.error).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('tracks.6.slug'));
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('link', { name: 'gameboy' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows the error when the network is down, after three quiet retries 1, 2 and 4 s apart', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const down = () => new TypeError('Failed to fetch');
    const fetchMock = respondWith(down(), down(), down(), down());
    render(<App queryClient={createQueryClient()} />);
    await vi.advanceTimersByTimeAsync(6900);
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(200);
    const alert = await screen.findByRole('alert');
    expect(fetchMock).toHaveBeenCalledTimes(4);
    expect(alert).toHaveTextContent('Check your connection');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
  });

  it('shows a calm placeholder while loading', () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise(() => undefined)),
    );
    render(<App queryClient={createQueryClient()} />);
    expect(screen.getByText('Loading the album…')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
