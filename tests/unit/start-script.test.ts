// public/start.js, the page's one script before its first paint: it applies what the device remembers, holds the
// taps on controls until their part of the page is live and replays them, and loads the app and the manifest once
// the first paint is on screen. Run here as the browser runs it, a classic script.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const code = fs.readFileSync('public/start.js', 'utf8');

/** Runs start.js as if from `<script src="/start.js" data-app=… data-manifest=…>` in the page's head. */
function runStartScript(attributes: Record<string, string> = {}) {
  const tag = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) tag.setAttribute(name, value);
  vi.spyOn(document, 'currentScript', 'get').mockReturnValue(tag);
  // A classic script sees the page's globals, as here; the file is ours, not input.
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  (new Function(code) as () => void)();
}

const BUILT = { 'data-app': '/assets/index-abc.js', 'data-manifest': '/manifest.webmanifest' };
const appScript = () => document.head.querySelector<HTMLScriptElement>('script[type="module"]');
const manifestLink = () => document.head.querySelector<HTMLLinkElement>('link[rel="manifest"]');

/** A stand-in for the browser's PerformanceObserver: the test reports the paint entries. */
function stubPaintTiming() {
  const observers: ((list: { getEntriesByName(name: string): unknown[] }) => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'resource'];
    constructor(callback: (typeof observers)[number]) {
      observers.push(callback);
    }
    observe() {}
    disconnect() {}
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return (name: string) => {
    for (const report of observers) report({ getEntriesByName: (n) => (n === name ? [{ name }] : []) });
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
});
afterEach(() => {
  // Each run adds its listeners to the window: the earlier runs' stop holding.
  window.rosieEvents?.release();
  delete window.rosieEvents;
  document.body.replaceChildren();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.head.replaceChildren();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('data-favorites');
});

describe('public/start.js', () => {
  it('applies a remembered theme and marks saved favorites before the first paint', () => {
    localStorage.setItem('rosie-theme', 'dark');
    localStorage.setItem('rosie:favorites', JSON.stringify({ state: { slugs: ['apt'] }, version: 1 }));
    runStartScript();
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.dataset.favorites).toBe('saved');
  });

  it('leaves both to CSS when nothing, or something unreadable, is stored', () => {
    localStorage.setItem('rosie-theme', 'purple');
    localStorage.setItem('rosie:favorites', '{broken');
    runStartScript();
    expect(document.documentElement.dataset.theme).toBeUndefined();
    expect(document.documentElement.dataset.favorites).toBeUndefined();
  });

  it('loads the app and the manifest once the first contentful paint is reported, not before', () => {
    const report = stubPaintTiming();
    runStartScript(BUILT);
    report('first-paint');
    vi.advanceTimersByTime(1000);
    expect(appScript()).toBeNull();
    expect(manifestLink()).toBeNull();

    report('first-contentful-paint');
    vi.advanceTimersByTime(0);
    expect(appScript()?.getAttribute('src')).toBe('/assets/index-abc.js');
    expect(manifestLink()?.getAttribute('href')).toBe('/manifest.webmanifest');

    vi.advanceTimersByTime(5000);
    expect(document.head.querySelectorAll('script')).toHaveLength(1);
  });

  it('stops waiting after 3 s when nothing contentful is painted', () => {
    stubPaintTiming();
    runStartScript(BUILT);
    vi.advanceTimersByTime(2999);
    expect(appScript()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(appScript()).not.toBeNull();
  });

  it('loads at the first scroll, for a page opened scrolled down (where Firefox reports no paint)', () => {
    stubPaintTiming();
    runStartScript(BUILT);
    vi.advanceTimersByTime(100);
    expect(appScript()).toBeNull();
    window.dispatchEvent(new Event('scroll'));
    vi.advanceTimersByTime(0);
    expect(appScript()?.getAttribute('src')).toBe('/assets/index-abc.js');
  });

  it('loads at once in a hidden tab, which never paints', () => {
    stubPaintTiming();
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    runStartScript(BUILT);
    expect(appScript()).not.toBeNull();
  });

  it('waits for the next frame where the browser has no paint timing', () => {
    vi.stubGlobal('PerformanceObserver', undefined);
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
    runStartScript(BUILT);
    expect(appScript()).toBeNull();
    frames.forEach((frame) => frame(0));
    vi.advanceTimersByTime(0);
    expect(appScript()).not.toBeNull();
  });

  it('starts the app only on a parsed document', () => {
    const report = stubPaintTiming();
    const readyState = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    runStartScript(BUILT);
    report('first-contentful-paint');
    vi.advanceTimersByTime(0);
    expect(appScript()).toBeNull();
    readyState.mockReturnValue('interactive');
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(appScript()).not.toBeNull();
  });

  it('asks for the chunks the app starts with and its content together with the app', () => {
    const report = stubPaintTiming();
    runStartScript({
      ...BUILT,
      'data-preload': '/assets/react-1.js /assets/app-2.js',
      'data-fetch': '/data/rosie.json',
    });
    expect(document.head.querySelectorAll('link')).toHaveLength(0);
    report('first-contentful-paint');
    vi.advanceTimersByTime(0);
    const links = [...document.head.querySelectorAll('link')].map((link) =>
      `${link.rel} ${link.getAttribute('href')} ${link.getAttribute('as') ?? ''}`.trim(),
    );
    expect(links).toEqual([
      'preload /data/rosie.json fetch',
      'modulepreload /assets/react-1.js',
      'modulepreload /assets/app-2.js',
      'manifest /manifest.webmanifest',
    ]);
    expect(document.head.querySelector<HTMLLinkElement>('link[as="fetch"]')?.crossOrigin).toBe('anonymous');
  });

  it('loads nothing and holds no tap where the page names no app (the dev server loads it itself)', () => {
    stubPaintTiming()('first-contentful-paint');
    runStartScript();
    vi.advanceTimersByTime(5000);
    expect(document.head.children).toHaveLength(0);
    expect(window.rosieEvents).toBeUndefined();
  });
});
