import { describe, expect, it, vi } from 'vitest';
import { absoluteUrl, shareUrl, type ShareTarget } from '../../src/lib/share.ts';

const target: ShareTarget = {
  url: 'https://example.com/track/apt',
  title: 'APT. — rosie by ROSÉ',
  text: 'APT.',
};

/** A navigator with only what the share chain reads; each part present or absent as a browser might have it. */
function fakeNavigator(parts: {
  share?: (data: ShareData) => Promise<void>;
  canShare?: (data: ShareData) => boolean;
  writeText?: (text: string) => Promise<void>;
}) {
  const share = parts.share ? vi.fn(parts.share) : undefined;
  const canShare = parts.canShare ? vi.fn(parts.canShare) : undefined;
  const writeText = parts.writeText ? vi.fn(parts.writeText) : undefined;
  const nav = { share, canShare, clipboard: writeText ? { writeText } : undefined } as unknown as Navigator;
  return { nav, share, canShare, writeText };
}

const ok = () => Promise.resolve();
const fail = (name: string) => () => Promise.reject(new DOMException('no', name));

describe('shareUrl: Web Share → clipboard → a field', () => {
  it('uses the Web Share API when the browser has it, and does not touch the clipboard', async () => {
    const { nav, share, writeText } = fakeNavigator({ share: ok, canShare: () => true, writeText: ok });
    expect(await shareUrl(target, nav)).toEqual({ kind: 'shared' });
    expect(share).toHaveBeenCalledWith({ url: target.url, title: target.title, text: target.text });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('treats closing the share sheet as a choice: nothing copied, nothing to say', async () => {
    const { nav, writeText } = fakeNavigator({ share: fail('AbortError'), writeText: ok });
    expect(await shareUrl(target, nav)).toEqual({ kind: 'cancelled' });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('falls back to the clipboard when sharing is refused', async () => {
    const { nav, writeText } = fakeNavigator({ share: fail('NotAllowedError'), writeText: ok });
    expect(await shareUrl(target, nav)).toEqual({ kind: 'copied' });
    expect(writeText).toHaveBeenCalledWith(target.url);
  });

  it('falls back to the clipboard when the browser says it cannot share this', async () => {
    const { nav, share, writeText } = fakeNavigator({ share: ok, canShare: () => false, writeText: ok });
    expect(await shareUrl(target, nav)).toEqual({ kind: 'copied' });
    expect(share).not.toHaveBeenCalled();
    expect(writeText).toHaveBeenCalledWith(target.url);
  });

  it('copies the URL when there is no Web Share API', async () => {
    const { nav, writeText } = fakeNavigator({ writeText: ok });
    expect(await shareUrl(target, nav)).toEqual({ kind: 'copied' });
    expect(writeText).toHaveBeenCalledWith(target.url);
  });

  it('hands back the URL to show when the clipboard refuses', async () => {
    const { nav } = fakeNavigator({ writeText: fail('NotAllowedError') });
    expect(await shareUrl(target, nav)).toEqual({ kind: 'manual', url: target.url });
  });

  it('hands back the URL to show when there is no clipboard at all (an insecure page)', async () => {
    const { nav } = fakeNavigator({});
    expect(await shareUrl(target, nav)).toEqual({ kind: 'manual', url: target.url });
  });
});

describe('absoluteUrl', () => {
  it('joins the page origin, the base and the app path', () => {
    expect(import.meta.env.BASE_URL).toBe('/');
    expect(absoluteUrl('/track/apt', 'https://fans.example')).toBe('https://fans.example/track/apt');
    expect(absoluteUrl('/ko/track/3am', 'https://fans.example')).toBe('https://fans.example/ko/track/3am');
  });

  it('uses the live location by default', () => {
    expect(absoluteUrl('/track/apt')).toBe(`${window.location.origin}/track/apt`);
  });
});
