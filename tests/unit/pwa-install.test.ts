import { describe, expect, it } from 'vitest';
import { isIosSafari, isStandalone } from '../../src/features/pwa/install.ts';

const UA = {
  iphoneSafari:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  iphoneChrome:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  ipadAsMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  androidChrome:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
};

describe('isIosSafari: who gets the "Add to Home Screen" hint', () => {
  it('is Safari on an iPhone, and on an iPad that reports itself as a Mac', () => {
    expect(isIosSafari(UA.iphoneSafari, 5)).toBe(true);
    expect(isIosSafari(UA.ipadAsMac, 5)).toBe(true);
  });

  it('is not desktop Safari (no touch), other iOS browsers, or Android', () => {
    expect(isIosSafari(UA.ipadAsMac, 0)).toBe(false);
    expect(isIosSafari(UA.iphoneChrome, 5)).toBe(false);
    expect(isIosSafari(UA.androidChrome, 5)).toBe(false);
  });
});

describe('isStandalone: already running as an installed app', () => {
  const only = (query: string) => (q: string) => q === query;

  it('is true in display-mode standalone or window-controls-overlay, or with iOS navigator.standalone', () => {
    expect(isStandalone(only('(display-mode: standalone)'), undefined)).toBe(true);
    expect(isStandalone(only('(display-mode: window-controls-overlay)'), undefined)).toBe(true);
    expect(isStandalone(() => false, true)).toBe(true);
  });

  it('is false in a browser tab', () => {
    expect(isStandalone(only('(display-mode: browser)'), false)).toBe(false);
    expect(isStandalone(() => false, undefined)).toBe(false);
  });
});
