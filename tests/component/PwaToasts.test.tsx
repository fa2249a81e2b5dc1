// When the update prompt (and workbox-window with it) loads: at once on a returning visit, where a newer version may
// be waiting; on a first visit only when its first check for a new version is due, after installing the worker.
import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PwaToasts } from '../../src/features/pwa/PwaToasts.tsx';
import { CHECK_EVERY_MS, type WorkerState } from '../../src/features/pwa/service-worker.ts';
import { renderWithCatalog } from '../render.tsx';

const worker = vi.hoisted(() => {
  const stub: { state: WorkerState; install: () => void } = { state: 'none', install: vi.fn() };
  return stub;
});
vi.mock('../../src/features/pwa/service-worker.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  workerAtLoad: () => worker.state,
  installWorker: worker.install,
}));
// The real prompt needs vite-plugin-pwa's virtual module, which only the build has.
vi.mock('../../src/features/pwa/UpdatePrompt.tsx', () => ({
  default: ({ checkNow }: { checkNow: boolean }) => <p>update prompt{checkNow ? ', checking now' : ''}</p>,
}));

const finishLoading = () => Promise.resolve();
/** Lets the lazy prompt resolve and render. */
const settle = () => act(() => vi.advanceTimersByTimeAsync(0));

beforeEach(() => {
  vi.useFakeTimers();
  vi.mocked(worker.install).mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('PwaToasts', () => {
  it('on a returning visit loads the update prompt at once, and installs nothing', async () => {
    worker.state = 'installed';
    renderWithCatalog(<PwaToasts finishLoading={finishLoading} />);
    await settle();
    expect(screen.getByText('update prompt')).toBeInTheDocument();
    expect(worker.install).not.toHaveBeenCalled();
  });

  it('on a first visit installs the worker, and loads the prompt when the hourly check is due', async () => {
    worker.state = 'new';
    renderWithCatalog(<PwaToasts finishLoading={finishLoading} />);
    await settle();
    expect(worker.install).toHaveBeenCalledOnce();
    expect(screen.queryByText(/update prompt/)).not.toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(CHECK_EVERY_MS - 1000));
    expect(screen.queryByText(/update prompt/)).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(screen.getByText('update prompt, checking now')).toBeInTheDocument();
  });

  it('on a first visit loads the prompt, checking at once, when the connection comes back', async () => {
    worker.state = 'new';
    renderWithCatalog(<PwaToasts finishLoading={finishLoading} />);
    await settle();
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await settle();
    expect(screen.getByText('update prompt, checking now')).toBeInTheDocument();
  });

  it('without service workers does neither', async () => {
    worker.state = 'none';
    renderWithCatalog(<PwaToasts finishLoading={finishLoading} />);
    await act(() => vi.advanceTimersByTimeAsync(CHECK_EVERY_MS));
    expect(worker.install).not.toHaveBeenCalled();
    expect(screen.queryByText(/update prompt/)).not.toBeInTheDocument();
  });
});
