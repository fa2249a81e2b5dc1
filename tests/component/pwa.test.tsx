import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InstallButton } from '../../src/features/pwa/InstallButton.tsx';
import { useInstallStore } from '../../src/features/pwa/install-store.ts';
import { OfflineBadge } from '../../src/features/pwa/OfflineBadge.tsx';
import { OfflineLinkNotice } from '../../src/features/pwa/OfflineLinkNotice.tsx';
import { UpdateToast } from '../../src/features/pwa/UpdateToast.tsx';
import { ShareButton } from '../../src/ui/ShareButton.tsx';
import { renderWithCatalog } from '../render.tsx';

function goOffline(offline: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(!offline);
  act(() => {
    window.dispatchEvent(new Event(offline ? 'offline' : 'online'));
  });
}

describe('OfflineBadge', () => {
  it('says Offline while the connection is gone, and nothing once it is back', () => {
    renderWithCatalog(<OfflineBadge />);
    expect(screen.queryByText('Offline')).not.toBeInTheDocument();
    goOffline(true);
    expect(screen.getByRole('status')).toHaveTextContent('Offline');
    goOffline(false);
    expect(screen.queryByText('Offline')).not.toBeInTheDocument();
  });

  it('is in Korean on Korean pages', () => {
    renderWithCatalog(<OfflineBadge />, { lang: 'ko' });
    goOffline(true);
    expect(screen.getByRole('status')).toHaveTextContent('오프라인');
  });
});

describe('InstallButton', () => {
  it('appears when the browser offers an install, shows its dialog on click, and goes once installed', async () => {
    useInstallStore.setState({ prompt: null, installed: false });
    const prompt = vi.fn(() => Promise.resolve());
    renderWithCatalog(<InstallButton />);
    expect(screen.queryByRole('button', { name: /install/i })).not.toBeInTheDocument();

    const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
      prompt,
      userChoice: Promise.resolve({ outcome: 'accepted', platform: 'web' }),
    });
    act(() => {
      window.dispatchEvent(event);
    });
    expect(event.defaultPrevented).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Install the rosie app' }));
    expect(prompt).toHaveBeenCalledOnce();
    expect(screen.queryByRole('button', { name: /install/i })).not.toBeInTheDocument();
    expect(useInstallStore.getState().installed).toBe(true);
  });

  it('on iOS Safari, where no install event exists, gives the Add to Home Screen hint', async () => {
    useInstallStore.setState({ prompt: null, installed: false });
    vi.spyOn(navigator, 'userAgent', 'get').mockReturnValue(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
    );
    renderWithCatalog(<InstallButton />);
    await userEvent.click(screen.getByText('Install'));
    expect(screen.getByText('Tap the Share button, then “Add to Home Screen”.')).toBeVisible();
  });
});

describe('UpdateToast', () => {
  it('says a new version is available; Reload and Later do what they say', async () => {
    const onReload = vi.fn();
    const onLater = vi.fn();
    renderWithCatalog(<UpdateToast onReload={onReload} onLater={onLater} />);
    expect(screen.getByText('A new version is available')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledOnce();
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(onLater).toHaveBeenCalledOnce();
  });
});

describe('OfflineLinkNotice', () => {
  it('while offline, a link out of the app says it needs the network instead of leaving', async () => {
    renderWithCatalog(
      <>
        <a href="https://music.apple.com/us/album/rosie/1771105914">Apple Music</a>
        <a href="/track/apt">APT.</a>
        <OfflineLinkNotice />
      </>,
    );
    goOffline(true);
    const followed: boolean[] = [];
    const watch = (e: MouseEvent) => followed.push(!e.defaultPrevented);
    document.addEventListener('click', watch);
    await userEvent.click(screen.getByRole('link', { name: 'APT.' }));
    expect(screen.queryByText(/back online/)).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('link', { name: 'Apple Music' }));
    expect(screen.getByText('You’re offline: this link opens once you’re back online.')).toBeInTheDocument();
    expect(followed).toEqual([true, false]);
    document.removeEventListener('click', watch);
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/back online/)).not.toBeInTheDocument();
  });
});

describe('ShareButton offline', () => {
  it('says that the shared link needs a connection, only while offline', () => {
    const labels = {
      share: 'Share',
      copied: 'Copied',
      manual: 'Copy this link',
      offline: 'You are offline.',
    };
    renderWithCatalog(
      <ShareButton target={() => ({ url: 'https://x.test/', title: 'x' })} labels={labels} />,
    );
    expect(screen.queryByText('You are offline.')).not.toBeInTheDocument();
    goOffline(true);
    expect(screen.getByText('You are offline.')).toBeInTheDocument();
  });
});
