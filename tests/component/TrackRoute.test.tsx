import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Route } from 'wouter';
import { TrackRoute } from '../../src/app/TrackRoute.tsx';
import { renderWithCatalog } from '../render.tsx';

function renderAt(path: string) {
  return renderWithCatalog(
    <Route path="/track/:slug">{(params) => <TrackRoute slug={params.slug} />}</Route>,
    {
      path,
    },
  );
}

describe('TrackRoute', () => {
  it.each([
    ['/track/Game-Boy', '/track/gameboy', 'gameboy'],
    ['/track/game-boy', '/track/gameboy', 'gameboy'],
    ['/track/3AM', '/track/3am', '3am'],
    ['/track/apt.', '/track/apt', 'APT.'],
  ])('redirects %s to %s, replacing the history entry', async (typed, canonical, title) => {
    const { location } = renderAt(typed);
    expect(await screen.findByRole('heading', { level: 1, name: title })).toBeInTheDocument();
    expect(location.history.at(-1)).toBe(canonical);
    expect(location.history).not.toContain(typed);
  });

  it('shows the not-found page with a way back for an unknown slug', () => {
    renderAt('/track/vampirehollie');
    expect(
      screen.getByRole('heading', { level: 1, name: 'This page isn’t on the album' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the tracklist' })).toHaveAttribute('href', '/');
  });
});
