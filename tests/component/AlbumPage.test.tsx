import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AlbumPage } from '../../src/app/AlbumPage.tsx';
import { ko } from '../../src/i18n/ko.ts';
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
    const list = within(screen.getByRole('region', { name: 'Tracklist' })).getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(12);
    const expected = content().tracks;
    items.forEach((item, i) => {
      const track = expected[i]!;
      expect(within(item).getByRole('link')).toHaveAttribute('href', `/track/${track.slug}`);
      expect(item).toHaveTextContent(track.title);
    });
  });

  it('tells the album’s story: a debut studio album after the single album R, songs from a past relationship', () => {
    renderWithCatalog(<AlbumPage />);
    const story = screen.getByRole('region', { name: 'About the album' });
    expect(story).toHaveTextContent('rosie is ROSÉ’s debut studio album');
    expect(story).toHaveTextContent('the single album R in 2021');
    expect(story).toHaveTextContent('Some of its songs draw on a past relationship');
    expect(story).toHaveTextContent('cathartic');
    expect(story).not.toHaveTextContent('first solo album');
    // The article the app started from has no address: it is named, with its date, not linked.
    expect(within(story).getByText(/The news article the app started from/).tagName).toBe('CITE');
    expect(story).toHaveTextContent('November 23, 2024');
    expect(within(story).getAllByRole('link').length).toBeGreaterThan(4);
  });

  it('tells it in Korean on a Korean page, every source named in Korean with its kind', () => {
    renderWithCatalog(<AlbumPage />, { lang: 'ko' });
    const story = screen.getByRole('region', { name: ko.album.about });
    expect(story).toHaveTextContent('rosie는 로제의 첫 정규 앨범이에요');
    expect(story).toHaveTextContent('Wikipedia (새 탭에서 열려요) (백과사전)');
    expect(screen.getByText('BLACKPINK 멤버')).toBeInTheDocument();
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
