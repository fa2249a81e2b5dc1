// The queue of early events in public/start.js: from the first paint, a tap (or Enter/Space) on a control of a part
// of the page that is not live is held, the control marked, and the event replayed on the same element, in order,
// once the part is live. Run as the browser runs the script, in jsdom, with the page's listeners standing in for
// React's (on the root, below the window where the queue listens).
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const code = fs.readFileSync('public/start.js', 'utf8');

function runStartScript() {
  const tag = document.createElement('script');
  tag.setAttribute('data-app', '/assets/index-abc.js');
  vi.spyOn(document, 'currentScript', 'get').mockReturnValue(tag);
  // A classic script sees the page's globals, as here; the file is ours, not input.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  (new Function(code) as () => void)();
  return window.rosieEvents!;
}

/** The prerendered page: controls in the page and in an island, with what the app would do on each, logged. */
function page() {
  document.body.innerHTML = `
    <div id="root">
      <button type="button" id="theme"><svg><path /></svg><span>Dark theme</span></button>
      <button type="button" id="favorite">Favorite</button>
      <button type="button" id="off" disabled>Off</button>
      <a href="/track/apt" id="link">APT.</a>
      <figure tabindex="0" id="cover">cover</figure>
      <div role="button" tabindex="0" id="custom">custom</div>
      <p id="text">Some text</p>
      <div data-island="tracklist"><button type="button" id="heart">♥</button></div>
    </div>`;
  const log: string[] = [];
  const root = document.getElementById('root')!;
  // As React's root listener: the events that reach the app.
  for (const type of ['click', 'keydown'])
    root.addEventListener(type, (event) => {
      const target = event.target as Element;
      const key = event instanceof KeyboardEvent ? ` ${event.key}` : '';
      log.push(`${type} ${target.closest('[id]')?.id}${key}`);
      if (target.closest('a')) event.preventDefault(); // jsdom cannot navigate
    });
  const $ = (id: string) => document.getElementById(id)!;
  const island = document.querySelector('[data-island]')!;
  return { log, $, island };
}

const click = (element: Element) =>
  element.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
const press = (element: Element, key: string) =>
  element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('PerformanceObserver', undefined);
  // Without paint timing, the app loads a frame after the first paint: here, a task.
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => callback(0));
});
afterEach(() => {
  window.rosieEvents?.release();
  delete window.rosieEvents;
  document.body.replaceChildren();
  document.head.replaceChildren();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('early events (public/start.js)', () => {
  it('holds a tap on a control until the page is live, marks it at once, then replays it once on the same element', async () => {
    const events = runStartScript();
    const { log, $ } = page();
    const tap = new MouseEvent('click', { bubbles: true, cancelable: true });
    $('favorite').dispatchEvent(tap);

    expect(log).toEqual([]);
    expect(tap.defaultPrevented).toBe(true);
    expect($('favorite')).toHaveAttribute('data-pending');

    events.live();
    // In a task after the one the page went live in (what the app starts then comes first).
    expect(log).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(log).toEqual(['click favorite']);
    expect($('favorite')).not.toHaveAttribute('data-pending');
    await vi.advanceTimersByTimeAsync(100);
    expect(log).toEqual(['click favorite']);
  });

  it('replays in the order the taps came, each after what the one before did, the control marked until its last', async () => {
    const events = runStartScript();
    const { log, $ } = page();
    click($('favorite'));
    click($('theme').querySelector('path')!);
    click($('favorite'));

    events.live();
    vi.advanceTimersToNextTimer();
    expect(log).toEqual(['click favorite']);
    expect($('favorite')).toHaveAttribute('data-pending');
    // The next one in a microtask: after React's own, which renders what a tap did.
    await Promise.resolve();
    expect(log).toEqual(['click favorite', 'click theme']);
    expect($('theme')).not.toHaveAttribute('data-pending');
    await Promise.resolve();
    expect(log).toEqual(['click favorite', 'click theme', 'click favorite']);
    expect($('favorite')).not.toHaveAttribute('data-pending');
  });

  it('replays on the element tapped (an icon inside a button), so the app sees the same target', async () => {
    const events = runStartScript();
    const { $ } = page();
    const path = $('theme').querySelector('path')!;
    click(path);
    const targets: EventTarget[] = [];
    $('theme').addEventListener('click', (event) => targets.push(event.target!));
    events.live();
    await vi.runAllTimersAsync();
    expect(targets).toEqual([path]);
  });

  it('lets links, text and disabled controls be, and holds nothing once the page is live', async () => {
    const events = runStartScript();
    const { log, $ } = page();
    const onLink = new MouseEvent('click', { bubbles: true, cancelable: true });
    $('link').dispatchEvent(onLink);
    click($('text'));
    click($('off'));
    // (A browser does not dispatch a click on a disabled button at all; passed on, the app ignores it.)
    expect(log).toEqual(['click link', 'click text', 'click off']);
    expect(onLink.defaultPrevented).toBe(true); // by the app's stand-in: the queue left it alone
    expect(document.querySelectorAll('[data-pending]')).toHaveLength(0);

    events.live();
    await vi.runAllTimersAsync();
    click($('favorite'));
    expect(log.slice(3)).toEqual(['click favorite']);
  });

  it('holds the keys that activate a custom control; a native button’s Enter comes as its click', async () => {
    const events = runStartScript();
    const { log, $ } = page();
    press($('custom'), 'Enter');
    press($('custom'), ' ');
    press($('cover'), 'Enter');
    press($('favorite'), 'Enter');
    press($('custom'), 'ArrowLeft');
    expect(log).toEqual(['keydown favorite Enter', 'keydown custom ArrowLeft']);

    events.live();
    await vi.runAllTimersAsync();
    expect(log.slice(2)).toEqual(['keydown custom Enter', 'keydown custom  ', 'keydown cover Enter']);
  });

  it('keeps a tap on an island until that island is live, and wakes it at once', async () => {
    const events = runStartScript();
    const { log, $, island } = page();
    const wake = vi.fn();
    events.onHold(island, wake);
    click($('heart'));
    click($('favorite'));
    expect(wake).toHaveBeenCalledOnce();

    events.live();
    await vi.runAllTimersAsync();
    expect(log).toEqual(['click favorite']);
    // Still held: later taps on the island join the queue behind it.
    click($('heart'));
    expect($('heart')).toHaveAttribute('data-pending');

    events.live(island);
    await vi.runAllTimersAsync();
    expect(log).toEqual(['click favorite', 'click heart', 'click heart']);
    expect($('heart')).not.toHaveAttribute('data-pending');

    // An island asking later, after a tap was held there, wakes at once.
    const late = vi.fn();
    events.onHold(island, late);
    expect(late).not.toHaveBeenCalled();
  });

  it('wakes an island that asks after a tap was already held on it', () => {
    const events = runStartScript();
    const { $, island } = page();
    click($('heart'));
    const wake = vi.fn();
    events.onHold(island, wake);
    expect(wake).toHaveBeenCalledOnce();
  });

  it('drops, without an error, a tap whose element is gone when its part is live, and replays the rest', async () => {
    const events = runStartScript();
    const { log, $ } = page();
    click($('favorite'));
    click($('theme'));
    $('favorite').remove();
    const errors = vi.fn();
    window.addEventListener('error', errors);
    events.live();
    await vi.runAllTimersAsync();
    window.removeEventListener('error', errors);
    expect(log).toEqual(['click theme']);
    expect(errors).not.toHaveBeenCalled();
  });

  it('leaves focus where the person put it', async () => {
    const events = runStartScript();
    const { $ } = page();
    $('favorite').focus();
    click($('favorite'));
    $('theme').focus();
    events.live();
    await vi.runAllTimersAsync();
    expect(document.activeElement).toBe($('theme'));
  });

  it('stops holding and unmarks the controls when the app cannot start (its code failed to load)', () => {
    runStartScript();
    const { log, $ } = page();
    vi.advanceTimersByTime(0);
    click($('favorite'));
    expect($('favorite')).toHaveAttribute('data-pending');

    document.head.querySelector('script[type="module"]')!.dispatchEvent(new Event('error'));
    expect($('favorite')).not.toHaveAttribute('data-pending');
    click($('favorite'));
    expect(log).toEqual(['click favorite']);
  });

  it('marks the moment each part is live for the bench', () => {
    const events = runStartScript();
    const { island } = page();
    const mark = vi.spyOn(performance, 'mark');
    events.live();
    events.live(island);
    expect(mark.mock.calls.map(([name]) => name)).toEqual(['live:page', 'live:tracklist']);
  });
});
