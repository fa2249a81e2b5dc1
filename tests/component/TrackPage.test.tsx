import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Content } from '../../src/content/schema.ts';
import koTrack from '../../src/features/track/messages/ko.ts';
import { TrackPage } from '../../src/features/track/TrackPage.tsx';
import type { Lang } from '../../src/i18n/i18n.tsx';
import { ko } from '../../src/i18n/ko.ts';
import { content } from '../fixtures.ts';
import { renderWithCatalog } from '../render.tsx';

function renderTrack(slug: string, options: { lang?: Lang; data?: Content } = {}) {
  const data = options.data ?? content();
  const i = data.tracks.findIndex((t) => t.slug === slug);
  const prefix = options.lang === 'ko' ? '/ko' : '';
  return renderWithCatalog(
    <TrackPage
      track={data.tracks[i]!}
      previous={data.tracks[i - 1] ?? null}
      next={data.tracks[i + 1] ?? null}
      trackHref={(t) => `${prefix}/track/${t.slug}`}
      albumHref={`${prefix}/`}
      actions={<button type="button">Favorite</button>}
    />,
    { path: `${prefix}/track/${slug}`, lang: options.lang ?? 'en', content: data },
  );
}

const credit = (label: string) =>
  screen.getByText(label, { selector: 'dt' }).nextElementSibling as HTMLElement;

describe('TrackPage', () => {
  it('shows the number, the title as styled, the featured artist and the duration', () => {
    renderTrack('apt');
    expect(screen.getByRole('heading', { level: 1, name: 'APT.' })).toBeInTheDocument();
    expect(screen.getByText('Track 6')).toBeInTheDocument();
    expect(screen.getByText('with Bruno Mars')).toBeInTheDocument();
    // In the header, and again with its source among the credits.
    expect(screen.getAllByText('2:49')).toHaveLength(2);
    expect(credit('Length')).toHaveTextContent('2:49');
    expect(credit('Length')).toHaveTextContent('one source');
  });

  it('says a duration is unknown rather than inventing one', () => {
    renderTrack('dance-all-night');
    expect(screen.getByText('length unknown')).toBeInTheDocument();
    expect(screen.queryByText('0:00')).not.toBeInTheDocument();
  });

  it('lists writers and producers with their sources, each linked in a new tab with its outlet and kind', () => {
    renderTrack('apt');
    const writers = credit('Writers');
    expect(writers).toHaveTextContent('Rosé, Bruno Mars, Amy Allen');
    expect(writers).not.toHaveTextContent('Christopher Brody Brown');
    const musicradar = content().sources.find((s) => s.id === 'musicradar-apt')!;
    const source = within(writers).getByRole('link', { name: 'MusicRadar (opens in a new tab)' });
    expect(source).toHaveAttribute('href', musicradar.url);
    expect(source).toHaveAttribute('target', '_blank');
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(writers).toHaveTextContent('MusicRadar (opens in a new tab) (news)');
    expect(writers).toHaveTextContent('one source');
    expect(credit('Producers')).toHaveTextContent('antiMusic (opens in a new tab) (label / press release)');
    expect(credit('Producers')).not.toHaveTextContent('one source');
  });

  it('says plainly when a credit is unverified, naming no one', () => {
    renderTrack('gameboy');
    const writers = credit('Writers');
    expect(writers).toHaveTextContent('unverified');
    expect(writers).toHaveTextContent('No source we trust lists them yet.');
    expect(credit('Producers')).toHaveTextContent('Ojivolta, Rob Bisel');
  });

  it('shows the notes and the quotes tied to this track: who she said it to, the day in words, who reported it', () => {
    renderTrack('number-one-girl');
    const about = screen.getByRole('region', { name: 'About this track' });
    expect(about).toHaveTextContent('a music video ROSÉ directed herself');
    expect(about).toHaveTextContent('She wrote it the day after an event');
    expect(about).toHaveTextContent('hateful comments about herself');
    const words = screen.getByRole('region', { name: 'In her words' });
    const quotes = within(words).getAllByRole('figure');
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toHaveTextContent('I felt like I was chasing after something.');
    expect(quotes[0]).toHaveTextContent('to Zane Lowe on Apple Music 1');
    expect(within(quotes[0]!).getByText('November 22, 2024')).toHaveAttribute('datetime', '2024-11-22');
    expect(quotes[0]).toHaveTextContent('via Billboard');
    expect(words).not.toHaveTextContent('2024-11-2');
    expect(words).not.toHaveTextContent('drinking game');
  });

  it('shows the quotes the data ties to the track, whatever they are', () => {
    const data = content();
    data.quotes[2]!.trackSlug = 'gameboy';
    renderTrack('gameboy', { data });
    expect(screen.getByRole('region', { name: 'In her words' })).toHaveTextContent(data.quotes[2]!.text);
    expect(screen.queryByRole('region', { name: 'About this track' })).not.toBeInTheDocument();
  });

  it('has no note or quotes section when the data has neither', () => {
    renderTrack('3am');
    expect(screen.queryByRole('region', { name: 'In her words' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'About this track' })).not.toBeInTheDocument();
  });

  it('links out to listen: the album on Apple Music by id and searches elsewhere, in a new tab, safely', () => {
    renderTrack('apt');
    const links = within(screen.getByRole('region', { name: 'Listen' })).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://music.apple.com/album/1771105914',
      'https://open.spotify.com/search/APT.%20ROS%C3%89',
      'https://music.youtube.com/search?q=APT.%20ROS%C3%89',
    ]);
    for (const link of links) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link).toHaveAccessibleName(/\(opens in a new tab\)$/);
    }
  });

  it('links the previous and next tracks and the album', () => {
    renderTrack('apt');
    const pager = screen.getByRole('navigation', { name: 'Other tracks' });
    expect(within(pager).getByRole('link', { name: 'Previous drinks or coffee' })).toHaveAttribute(
      'href',
      '/track/drinks-or-coffee',
    );
    expect(within(pager).getByRole('link', { name: 'Next gameboy' })).toHaveAttribute(
      'href',
      '/track/gameboy',
    );
    expect(within(pager).getByRole('link', { name: 'Back to the album' })).toHaveAttribute('href', '/');
  });

  it('has no previous link on the first track and no next link on the last', () => {
    const first = renderTrack('number-one-girl');
    expect(screen.queryByRole('link', { name: /^Previous/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Next 3am' })).toBeInTheDocument();
    first.unmount();
    renderTrack('dance-all-night');
    expect(screen.getByRole('link', { name: 'Previous too bad for us' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /^Next/ })).not.toBeInTheDocument();
  });

  it('shows the actions the app passes in beside Share', () => {
    renderTrack('apt');
    expect(screen.getByRole('button', { name: 'Favorite' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Share' })).toBeInTheDocument();
  });

  it('shares the absolute URL of the track in the page’s own language', async () => {
    const user = userEvent.setup(); // gives jsdom a clipboard; jsdom has no Web Share
    renderTrack('3am', { lang: 'ko' });
    await user.click(screen.getByRole('button', { name: ko.share.share }));
    expect(await screen.findByRole('status')).toHaveTextContent(ko.share.copied);
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/ko/track/3am`);
  });

  it('speaks Korean on Korean pages', () => {
    renderTrack('apt', { lang: 'ko' });
    expect(screen.getByText('6번 트랙')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '크레딧' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '다음 곡 gameboy' })).toHaveAttribute(
      'href',
      '/ko/track/gameboy',
    );
    expect(screen.getByText(ko.album.featuring('Bruno Mars'))).toBeInTheDocument();
    const about = screen.getByRole('region', { name: koTrack.about });
    expect(about).toHaveTextContent('리드 싱글');
    expect(about).toHaveTextContent('antiMusic (새 탭에서 열려요) (레이블·보도자료)');
    const words = screen.getByRole('region', { name: koTrack.inHerWords });
    const quote = content().quotes.find((q) => q.id === 'drinking-game')!;
    expect(within(words).getByText(quote.text).closest('[lang]')).toHaveAttribute('lang', 'en');
    expect(words).toHaveTextContent(`${ko.quotes.translationLabel} ${quote.translations.ko}`);
    expect(within(words).getByText('2024년 10월 18일')).toHaveAttribute('datetime', '2024-10-18');
  });
});
