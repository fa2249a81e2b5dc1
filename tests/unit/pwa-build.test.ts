// The build-side PWA pieces: clean-URL precache aliases and the generated install artwork.
import { describe, expect, it } from 'vitest';
import { narrowScreenshotSvg, wideScreenshotSvg } from '../../build/pwa-art.ts';
import { PWA_IMAGES, pwaOptions, withCleanUrls } from '../../build/pwa-options.ts';
import { content } from '../fixtures.ts';

describe('withCleanUrls', () => {
  it('lists each prerendered directory page under its clean URL too, with the same revision', () => {
    const entries = [
      { url: 'index.html', revision: 'a', size: 1 },
      { url: 'track/apt/index.html', revision: 'b', size: 2 },
      { url: 'ko/favorites/index.html', revision: 'c', size: 3 },
      { url: 'assets/index-123.js', revision: null, size: 4 },
    ];
    expect(withCleanUrls(entries)).toEqual([
      ...entries,
      { url: 'track/apt', revision: 'b', size: 2 },
      { url: 'ko/favorites', revision: 'c', size: 3 },
    ]);
  });
});

describe('pwaOptions', () => {
  it('puts start_url, scope, id and the Favorites shortcut under the base path', () => {
    const { manifest } = pwaOptions({ base: '/rosie/', disable: false });
    expect(manifest).toMatchObject({ id: '/rosie/', start_url: '/rosie/', scope: '/rosie/' });
    expect(manifest && manifest.shortcuts?.[0]?.url).toBe('/rosie/favorites');
  });

  it('asks before updating: a prompt, no skipWaiting, no inline registration', () => {
    const options = pwaOptions({ base: '/', disable: false });
    expect(options.registerType).toBe('prompt');
    expect(options.injectRegister).toBe(false);
    expect(options.workbox?.skipWaiting).toBe(false);
  });

  it('declares every manifest image with the size it is generated at', () => {
    const { manifest } = pwaOptions({ base: '/', disable: false });
    const declared = [
      ...(manifest ? (manifest.icons ?? []) : []),
      ...(manifest ? (manifest.screenshots ?? []) : []),
    ];
    const generated = new Map<string, string>(
      Object.values(PWA_IMAGES).map((i) => [i.file, `${i.width}x${i.height}`]),
    );
    for (const image of declared) expect(image.sizes).toBe(generated.get(image.src));
  });
});

describe('manifest screenshots', () => {
  const input = {
    coverSvg: '<svg viewBox="0 0 600 600" xmlns="http://www.w3.org/2000/svg"></svg>',
    title: 'rosie',
    artist: 'ROSÉ',
    tracks: [...content().tracks, { number: 13, title: 'Tom & <Jerry>', duration: null }],
  };

  it('draw every track title, escaped, in a portrait and a landscape picture', () => {
    for (const [svg, portrait] of [
      [narrowScreenshotSvg(input), true],
      [wideScreenshotSvg(input), false],
    ] as const) {
      for (const track of content().tracks) expect(svg).toContain(`>${track.title}<`);
      expect(svg).toContain('Tom &amp; &lt;Jerry&gt;');
      const [, w, h] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
      expect(h! > w!).toBe(portrait);
    }
  });
});
