import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { FavoriteButton } from '../../src/features/favorites/FavoriteButton.tsx';
import { FAVORITES_KEY, useFavorites } from '../../src/features/favorites/favorites-store.ts';
import { FavoritesPage } from '../../src/features/favorites/FavoritesPage.tsx';
import { useFavoritesSync } from '../../src/features/favorites/use-favorites.ts';
import { renderWithCatalog } from '../render.tsx';
import { ko } from '../../src/i18n/ko.ts';

/** What the app does at its root: read the saved favorites after mount and follow other tabs. */
function Synced({ children }: { children: ReactNode }) {
  useFavoritesSync();
  return children;
}

const save = (slugs: string[]) =>
  localStorage.setItem(FAVORITES_KEY, JSON.stringify({ state: { slugs }, version: 1 }));
const savedSlugs = () =>
  (JSON.parse(localStorage.getItem(FAVORITES_KEY) ?? 'null') as { state: { slugs: string[] } } | null)?.state
    .slugs;

const page = (
  <Synced>
    <FavoritesPage pagePath="/favorites" albumHref="/" trackHref={(t) => `/track/${t.slug}`} />
  </Synced>
);

beforeEach(() => {
  useFavorites.setState({ slugs: [] });
  localStorage.clear();
});

describe('FavoriteButton', () => {
  it('is a toggle button named after the track that saves the slug', async () => {
    renderWithCatalog(
      <Synced>
        <FavoriteButton slug="number-one-girl" title="number one girl" />
      </Synced>,
    );
    const heart = screen.getByRole('button', { name: 'Favorite number one girl' });
    expect(heart).toHaveAttribute('aria-pressed', 'false');
    await userEvent.click(heart);
    expect(heart).toHaveAttribute('aria-pressed', 'true');
    expect(savedSlugs()).toEqual(['number-one-girl']);
    await userEvent.click(heart);
    expect(heart).toHaveAttribute('aria-pressed', 'false');
    expect(savedSlugs()).toEqual([]);
  });

  it('still toggles when storage names one of its actions, and the next save drops the junk', async () => {
    localStorage.setItem(FAVORITES_KEY, '{"state":{"slugs":[],"toggle":"x"},"version":1}');
    renderWithCatalog(
      <Synced>
        <FavoriteButton slug="apt" title="APT." />
      </Synced>,
    );
    const heart = screen.getByRole('button', { name: 'Favorite APT.' });
    await userEvent.click(heart);
    expect(heart).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem(FAVORITES_KEY)).toBe('{"state":{"slugs":["apt"]},"version":1}');
  });

  it('shows a favorite saved on this device once mounted', async () => {
    save(['apt']);
    renderWithCatalog(
      <Synced>
        <FavoriteButton slug="apt" title="APT." />
        <FavoriteButton slug="gameboy" title="gameboy" />
      </Synced>,
      { lang: 'ko' },
    );
    // Read from storage just after mount, in a task of its own.
    expect(
      await screen.findByRole('button', { name: ko.favorites.toggle('APT.'), pressed: true }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: ko.favorites.toggle('gameboy') })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });
});

describe('FavoritesPage', () => {
  it('lists saved favorites in album order, hiding slugs the data does not have (but keeping them)', async () => {
    save(['gameboy', 'a-retired-track', 'number-one-girl']);
    renderWithCatalog(page, { path: '/favorites' });
    expect(await screen.findByText('2 favorite tracks')).toBeInTheDocument();
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual([
      'number one girl',
      'gameboy',
    ]);
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', '/track/gameboy');

    await userEvent.click(screen.getByRole('button', { name: 'Favorite gameboy' }));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('1 favorite track')).toHaveFocus();
    expect(savedSlugs()).toEqual(['a-retired-track', 'number-one-girl']);
    expect(screen.getByRole('button', { name: 'Share my favorites' })).toBeInTheDocument();
  });

  it('has a helpful empty state', () => {
    renderWithCatalog(page, { path: '/favorites' });
    expect(screen.getByRole('heading', { name: 'No favorites yet' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the tracklist' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('button', { name: 'Share my favorites' })).not.toBeInTheDocument();
  });

  it('shows a shared list, says how many entries were ignored, and adds only on consent', async () => {
    save(['3am']);
    const { location } = renderWithCatalog(page, { path: '/favorites?shared=gameboy,not-a-track,apt,%%%' });
    const shared = await screen.findByRole('region', { name: 'Shared favorites' });
    expect(within(shared).getByText('Someone shared 2 tracks with you.')).toBeInTheDocument();
    expect(within(shared).getByText(/2 entries in the link were not tracks/)).toBeInTheDocument();
    expect(
      within(shared)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['APT.', 'gameboy']);
    expect(savedSlugs()).toEqual(['3am']);
    expect(screen.getByText('1 favorite track')).toBeInTheDocument();

    await userEvent.click(within(shared).getByRole('button', { name: 'Add these to my favorites' }));
    expect(savedSlugs()).toEqual(['3am', 'apt', 'gameboy']);
    expect(screen.getByText('Added 2 tracks to your favorites.')).toHaveAttribute('role', 'status');
    expect(screen.getByText('3 favorite tracks')).toBeInTheDocument();
    expect(location.history.at(-1)).toBe('/favorites');
    expect(screen.queryByRole('region', { name: 'Shared favorites' })).not.toBeInTheDocument();
  });
});
