import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AlbumPage } from '../../src/app/AlbumPage.tsx';
import { content } from '../fixtures.ts';
import { renderWithCatalog } from '../render.tsx';

describe('AlbumPage', () => {
  it('shows the original cover with a text alternative', () => {
    renderWithCatalog(<AlbumPage />);
    expect(screen.getByRole('img', { name: /original fan artwork for rosie/i })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'rosie' })).toBeInTheDocument();
  });

  it('lists the 12 tracks from the store in official order, each linking to its page', () => {
    renderWithCatalog(<AlbumPage />);
    const list = screen.getByRole('list', { name: '' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    const expected = content().tracks;
    items.forEach((item, i) => {
      const track = expected[i]!;
      expect(within(item).getByRole('link')).toHaveAttribute('href', `/track/${track.slug}`);
      expect(item).toHaveTextContent(track.title);
    });
  });

  it('shows durations as m:ss, says when one is unknown, and totals the known ones', () => {
    renderWithCatalog(<AlbumPage />);
    const items = within(screen.getByRole('region', { name: 'Tracklist' })).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('3:36');
    expect(items[11]).toHaveTextContent('length unknown');
    expect(items[11]).not.toHaveTextContent('0:00');
    expect(screen.getByText(/total runtime/i)).toHaveTextContent(
      '12 tracks · Total runtime 32:48 (plus 1 track of unknown length)',
    );
  });

  it('names the featured artist on APT.', () => {
    renderWithCatalog(<AlbumPage />);
    expect(
      within(screen.getByRole('region', { name: 'Tracklist' })).getAllByRole('listitem')[5],
    ).toHaveTextContent('APT.with Bruno Mars');
  });

  it('renders what the store holds, not a fixed list', () => {
    const edited = content();
    edited.tracks = edited.tracks.slice(0, 2);
    renderWithCatalog(<AlbumPage />, { content: edited });
    // The page has other lists (the timeline): count the tracklist's rows.
    expect(within(screen.getByRole('region', { name: 'Tracklist' })).getAllByRole('listitem')).toHaveLength(
      2,
    );
  });
});
