import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AlbumCover } from '../../src/features/album/AlbumCover.tsx';
import { REDUCED_MOTION, stubMediaQueries } from '../media.ts';

// The slide itself is CSS (album.css, checked frame by frame in tests/e2e/design.spec.ts); here, who can start it.
const cover = () => screen.getByRole('img', { name: 'The cover' }).closest('figure')!;

afterEach(() => vi.unstubAllGlobals());

describe('AlbumCover', () => {
  it('slides the record out on Enter or a tap, and back on the next', async () => {
    stubMediaQueries([]);
    const user = userEvent.setup();
    render(<AlbumCover alt="The cover" />);
    expect(cover()).not.toHaveClass('album-cover--out');

    await user.tab();
    expect(cover()).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(cover()).toHaveClass('album-cover--out');
    await user.keyboard('{Enter}');
    expect(cover()).not.toHaveClass('album-cover--out');

    await user.click(cover());
    expect(cover()).toHaveClass('album-cover--out');
    await user.click(cover());
    expect(cover()).not.toHaveClass('album-cover--out');
  });

  it('stays still, and out of the tab order, for a reader who asked for less motion', async () => {
    stubMediaQueries([REDUCED_MOTION]);
    const user = userEvent.setup();
    render(<AlbumCover alt="The cover" />);
    await user.click(cover());
    expect(cover()).not.toHaveClass('album-cover--out');
    await user.tab();
    expect(cover()).not.toHaveFocus();
  });
});
