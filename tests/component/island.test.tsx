import fs from 'node:fs';
import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { island, preloadIslands } from '../../src/lib/island.tsx';
import { hydrate, serverRendered } from '../server-html.tsx';

function Counter() {
  const [clicks, setClicks] = useState(0);
  return (
    <button type="button" onClick={() => setClicks((n) => n + 1)}>
      <svg aria-hidden="true">
        <circle r="4" />
      </svg>
      Clicked {clicks}
    </button>
  );
}

/** An IntersectionObserver that reports only when the test scrolls. */
let scrollIntoView: () => void = () => undefined;
class ScreenObserver {
  constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) {}
  observe() {
    scrollIntoView = () => this.report([{ isIntersecting: true }]);
  }
  disconnect() {
    scrollIntoView = () => undefined;
  }
}

/** Runs `step` and lets React finish what it started (promises, effects, hydration). */
const settle = (step: () => unknown) =>
  act(async () => {
    step();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });

afterEach(() => {
  window.rosieEvents?.release();
  delete window.rosieEvents;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The page's queue of early events, as public/start.js starts it in a build (it names the app's entry). */
function startEarlyEvents() {
  const tag = document.createElement('script');
  tag.setAttribute('data-app', '/assets/index.js');
  vi.spyOn(document, 'currentScript', 'get').mockReturnValue(tag);
  vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
  vi.stubGlobal('PerformanceObserver', undefined);
  vi.stubGlobal('requestAnimationFrame', () => 0);
  // A classic script sees the page's globals, as here; the file is ours, not input.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  (new Function(fs.readFileSync('public/start.js', 'utf8')) as () => void)();
  return window.rosieEvents!;
}

/** The page as the prerender wrote it: the section's code loaded, rendered like any component. */
async function prerendered(name: string): Promise<HTMLElement> {
  const Section = island(name, () => Promise.resolve(Counter));
  await preloadIslands();
  return serverRendered(<Section />);
}

/** The same section in the browser, whose code arrives only when `arrive` is called. */
function inBrowser(name: string) {
  let arrive: () => void = () => undefined;
  const load = vi.fn(
    () =>
      new Promise<typeof Counter>((resolve) => {
        arrive = () => resolve(Counter);
      }),
  );
  return { Section: island(name, load), load, arrive: () => arrive() };
}

describe('an island (a section below the fold)', () => {
  it('keeps its prerendered HTML and loads nothing until it nears the screen, then hydrates without a mismatch', async () => {
    vi.stubGlobal('IntersectionObserver', ScreenObserver);
    const container = await prerendered('demo');
    const html = container.innerHTML;
    const browser = inBrowser('demo');

    await settle(() => hydrate(container, <browser.Section />));
    expect(browser.load).not.toHaveBeenCalled();
    expect(container.innerHTML).toBe(html);
    expect(container.querySelector('[data-island="demo"]')).not.toHaveAttribute('data-live');

    await settle(scrollIntoView);
    expect(browser.load).toHaveBeenCalledOnce();
    await settle(browser.arrive);
    expect(container.querySelector('[data-island="demo"]')).toHaveAttribute('data-live', 'true');
    await settle(() => container.querySelector('button')!.click());
    expect(container.querySelector('button')).toHaveTextContent('Clicked 1');
  });

  it('wakes at a tap held by the page’s queue of early events, and has it replayed once it is live', async () => {
    vi.stubGlobal('IntersectionObserver', ScreenObserver);
    // The queue runs only in builds, under React's production build; the development build used here notices the
    // mark it puts on the control tapped (data-pending) while hydrating, and says so. Only that message is let pass.
    const report = console.error;
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      if (!args.some((arg) => String(arg).includes('data-pending'))) report(...args);
    });
    const events = startEarlyEvents();
    const container = await prerendered('early');
    const browser = inBrowser('early');
    await settle(() => hydrate(container, <browser.Section />));
    events.live();

    const button = container.querySelector('button')!;
    await settle(() => {
      button.click();
      // The second lands on the icon, as a finger on a heart does.
      button.querySelector('circle')!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(browser.load).toHaveBeenCalledOnce();
    expect(button).toHaveTextContent('Clicked 0');
    expect(button).toHaveAttribute('data-pending');

    await settle(browser.arrive);
    await settle(() => undefined);
    expect(container.querySelector('button')).toBe(button);
    expect(button).toHaveTextContent('Clicked 2');
    expect(button).not.toHaveAttribute('data-pending');
  });

  it('renders at once where its code is already loaded (a later visit to the page)', async () => {
    const Section = island('loaded', () => Promise.resolve(Counter));
    await preloadIslands();
    let container: HTMLElement | undefined;
    await settle(() => ({ container } = render(<Section />)));
    expect(container?.querySelector('button')).toHaveTextContent('Clicked 0');
  });
});
