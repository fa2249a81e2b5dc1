import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { RANK_KEY, rankStorage, useRank } from '../../src/features/rank/rank-store.ts';
import { RankPage } from '../../src/features/rank/RankPage.tsx';
import { replay, type Choice } from '../../src/features/rank/sorter.ts';
import { backupKeyFor } from '../../src/lib/safe-storage.ts';
import { content } from '../fixtures.ts';
import { renderWithCatalog } from '../render.tsx';

const tracks = content().tracks;
const slugs = tracks.map((t) => t.slug);
const titleOf = (slug: string) => tracks.find((t) => t.slug === slug)!.title;

const addToFavorites = vi.fn((list: readonly string[]) => list.length);
const page = (
  <RankPage
    pagePath="/rank"
    trackHref={(t) => `/track/${t.slug}`}
    addToFavorites={addToFavorites}
    cover={<svg viewBox="0 0 10 10" />}
  />
);

const saved = () =>
  (
    JSON.parse(localStorage.getItem(RANK_KEY) ?? 'null') as {
      state: { run: { answers: Choice[] } | null };
    } | null
  )?.state.run;
const save = (run: unknown) => localStorage.setItem(RANK_KEY, JSON.stringify({ state: { run }, version: 1 }));

/** The two titles on the question's big buttons. */
function questionTitles(): [string, string] {
  const question = screen.getByRole('region', { name: 'Which do you like more?' });
  const [left, right] = within(question)
    .getAllByRole('button')
    .slice(0, 2)
    .map((b) => b.textContent.replace(/^[←→]/, ''));
  return [left!, right!];
}

async function startFull(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: /Rank all 12 songs/, hidden: false }));
  await screen.findByRole('heading', { name: 'Which do you like more?' });
}

beforeEach(async () => {
  useRank.setState({ run: null, restarted: false });
  // Each test reads storage afresh, as a new page load would.
  await useRank.persist.rehydrate();
  rankStorage.dismissRecovered();
  addToFavorites.mockClear();
  // jsdom has no canvas: the image cannot be drawn here (the e2e tests draw it in Chromium).
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

describe('RankPage: answering', () => {
  it('picks with the arrow keys, ties with ↓, undoes with Backspace, and counts down the picks left', async () => {
    const user = userEvent.setup();
    renderWithCatalog(page, { path: '/rank' });
    expect(screen.getByText(/Rank all 12 songs/)).toBeInTheDocument();
    expect(screen.getByText('At most 30 picks')).toBeInTheDocument();
    expect(screen.getByText('At most 17 picks')).toBeInTheDocument();
    await startFull(user);
    expect(screen.getByRole('heading', { name: 'Which do you like more?' })).toHaveFocus();
    expect(screen.getByText('At most 30 picks left')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('value', '0');

    const first = questionTitles();
    // The first question is the first pair of the album.
    expect(first).toEqual([titleOf(slugs[0]!), titleOf(slugs[1]!)]);
    expect(screen.getByRole('button', { name: first[0] })).toBeInTheDocument();

    await user.keyboard('{ArrowLeft}');
    expect(saved()?.answers).toEqual(['left']);
    expect(screen.getByText('At most 29 picks left')).toBeInTheDocument();
    expect(screen.getByText('1 pick so far')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('value', '1');
    const second = questionTitles();
    expect(second).toEqual([titleOf(slugs[2]!), titleOf(slugs[3]!)]);

    await user.keyboard('{ArrowRight}');
    await user.keyboard('{ArrowDown}');
    expect(saved()?.answers).toEqual(['left', 'right', 'tie']);

    await user.keyboard('{Backspace}');
    expect(saved()?.answers).toEqual(['left', 'right']);
    await user.keyboard('{Backspace}');
    expect(questionTitles()).toEqual(second);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(questionTitles()).toEqual(first);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(saved()?.answers).toEqual([]);
  }, 30_000);

  it('takes a tie from its button, and then never asks about that pair again', async () => {
    const user = userEvent.setup();
    renderWithCatalog(page, { path: '/rank' });
    await startFull(user);
    const [a, b] = questionTitles();
    await user.click(screen.getByRole('button', { name: 'I like both the same' }));
    expect(saved()?.answers).toEqual(['tie']);
    // Answer everything else "left" and check the pair ends up sharing a place.
    while (screen.queryByRole('heading', { name: 'Which do you like more?' })) {
      expect(questionTitles().sort()).not.toEqual([a, b].sort());
      await user.keyboard('{ArrowLeft}');
    }
    const result = await screen.findByRole('region', { name: 'Your ranking' });
    const tiedRow = within(result)
      .getAllByRole('listitem')
      .find((row) => within(row).queryByText(a) !== null)!;
    expect(within(tiedRow).getByText(b)).toBeInTheDocument();
    expect(within(tiedRow).getByText('(tied)')).toBeInTheDocument();
  }, 30_000);

  it('ranks all 12 in at most 30 picks by clicking, shows the order with links, and adds the top 3', async () => {
    const user = userEvent.setup();
    renderWithCatalog(page, { path: '/rank' });
    await startFull(user);
    // A taste: the album backwards.
    const taste = [...slugs].reverse();
    let picks = 0;
    while (screen.queryByRole('heading', { name: 'Which do you like more?' })) {
      const [left, right] = questionTitles();
      const rank = (title: string) => taste.findIndex((slug) => titleOf(slug) === title);
      await user.click(screen.getByRole('button', { name: rank(left) < rank(right) ? left : right }));
      picks += 1;
    }
    expect(picks).toBeLessThanOrEqual(30);
    const result = screen.getByRole('region', { name: 'Your ranking' });
    expect(within(result).getByRole('heading', { name: 'Your ranking' })).toHaveFocus();
    const links = within(within(result).getAllByRole('list')[0]!).getAllByRole('link');
    expect(links.map((a) => a.textContent)).toEqual(taste.map(titleOf));
    expect(links[0]).toHaveAttribute('href', `/track/${taste[0]}`);
    expect(within(result).getByText(`Ranked in ${picks} picks.`)).toBeInTheDocument();

    expect(addToFavorites).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Add my top 3 to favorites' }));
    expect(addToFavorites).toHaveBeenCalledExactlyOnceWith(taste.slice(0, 3));
    expect(screen.getByText('Added 3 tracks to your favorites.')).toBeInTheDocument();

    // Without a canvas, the image says so calmly; the link still works.
    await user.click(screen.getByRole('button', { name: /Image for a post/ }));
    expect(await screen.findByText(/The image couldn’t be made on this device/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(saved()).toBeNull();
    expect(await screen.findByRole('button', { name: /Rank all 12 songs/ })).toBeEnabled();
  }, 30_000);

  it('finds just a top 3 in far fewer picks', async () => {
    const user = userEvent.setup();
    renderWithCatalog(page, { path: '/rank' });
    await user.click(await screen.findByRole('button', { name: /Just my top 3/ }));
    expect(await screen.findByText('At most 17 picks left')).toBeInTheDocument();
    let picks = 0;
    while (screen.queryByRole('heading', { name: 'Which do you like more?' })) {
      await user.keyboard('{ArrowRight}');
      picks += 1;
    }
    expect(picks).toBeLessThanOrEqual(17);
    const result = screen.getByRole('region', { name: 'Your top 3' });
    expect(within(within(result).getAllByRole('list')[0]!).getAllByRole('listitem')).toHaveLength(3);
  });
});

describe('RankPage: saved progress', () => {
  it('resumes a saved run at the question its answers lead to', async () => {
    const answers: Choice[] = ['left', 'right', 'left', 'tie', 'right'];
    save({ mode: 'full', items: slugs, answers });
    renderWithCatalog(page, { path: '/rank' });
    const expected = replay(slugs, 'full', answers);
    if (expected.done) throw new Error('expected a question');
    expect(await screen.findByText('5 picks so far')).toBeInTheDocument();
    expect(questionTitles()).toEqual(expected.question.map(titleOf));
    expect(screen.getByText(`At most ${expected.picksLeft} picks left`)).toBeInTheDocument();
    // Nothing moved focus on load.
    expect(screen.getByRole('heading', { name: 'Which do you like more?' })).not.toHaveFocus();
  });

  it('backs up a stored value it cannot read, says so calmly, and starts fresh', async () => {
    const bad = '{"state":{"run":{"mode":"full","items":["apt"],"answers":["maybe"]}},"version":1}';
    localStorage.setItem(RANK_KEY, bad);
    await useRank.persist.rehydrate();
    renderWithCatalog(page, { path: '/rank' });
    expect(await screen.findByText(/couldn’t be read, so a copy was kept aside/)).toBeInTheDocument();
    expect(localStorage.getItem(backupKeyFor(RANK_KEY))).toBe(bad);
    expect(screen.getByRole('button', { name: /Rank all 12 songs/ })).toBeEnabled();
    await userEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(screen.queryByText(/couldn’t be read/)).not.toBeInTheDocument();
  });

  it('backs up text that is not JSON at all', async () => {
    localStorage.setItem(RANK_KEY, 'not json{');
    await useRank.persist.rehydrate();
    renderWithCatalog(page, { path: '/rank' });
    expect(await screen.findByText(/couldn’t be read/)).toBeInTheDocument();
    expect(localStorage.getItem(backupKeyFor(RANK_KEY))).toBe('not json{');
  });

  it('takes only the saved run from storage, never other keys over its actions', async () => {
    localStorage.setItem(
      RANK_KEY,
      JSON.stringify({ state: { run: null, answer: 'oops', clear: 1, restarted: true }, version: 1 }),
    );
    await useRank.persist.rehydrate();
    expect(typeof useRank.getState().answer).toBe('function');
    expect(typeof useRank.getState().clear).toBe('function');
    expect(useRank.getState().restarted).toBe(false);
  });

  it('restarts with a calm message when a saved run names a track the album no longer has', async () => {
    save({ mode: 'full', items: [...slugs.slice(0, 11), 'a-retired-track'], answers: ['left'] });
    renderWithCatalog(page, { path: '/rank' });
    expect(await screen.findByText(/The album changed since you started/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Rank all 12 songs/ })).toBeEnabled();
    expect(saved()).toBeNull();
  });
});

describe('RankPage: a shared ranking', () => {
  it('shows someone’s ranking with ties, counts what it ignored, and leaves your own run alone', async () => {
    const mine = { mode: 'full', items: slugs, answers: ['left', 'left'] };
    save(mine);
    const user = userEvent.setup();
    const { location } = renderWithCatalog(page, { path: '/rank?r=apt,gameboy~3am,nope,apt' });
    const shared = await screen.findByRole('region', { name: 'Someone’s top 3' });
    const rows = within(shared).getAllByRole('listitem');
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ),
    ).toEqual([['APT.'], ['gameboy', '3am']]);
    expect(rows.map((row) => row.textContent)).toEqual(['1.APT.', '2.gameboy = 3am (tied)']);
    expect(within(shared).getByText(/2 entries in the link were not tracks/)).toBeInTheDocument();
    expect(saved()).toEqual(mine);

    await user.click(within(shared).getByRole('button', { name: 'Rank them yourself' }));
    expect(location.history.at(-1)).toBe('/rank');
    expect(await screen.findByText('2 picks so far')).toBeInTheDocument();
  });
});
