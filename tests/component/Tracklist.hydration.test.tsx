// The prerendered tracklist coming to life: hydration leaves its 12 rows as the server drew them (no inline
// style, no animation) and, once it ends, does not render them again (a phone's first seconds are busy enough).
import { act, screen, within } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import type { Track } from '../../src/content/schema.ts';
import { Tracklist } from '../../src/features/album/Tracklist.tsx';
import { LangProvider } from '../../src/i18n/i18n.tsx';
import { content } from '../fixtures.ts';
import { hydrate, serverRendered } from '../server-html.tsx';

const { tracks } = content();
const trackHref = (track: Track) => `/track/${track.slug}`;

it('hydrates the rows once and leaves them as prerendered', () => {
  const renderActions = vi.fn((track: Track) => <button type="button">Favorite {track.title}</button>);
  const tree = (
    <LangProvider lang="en">
      <Tracklist tracks={tracks} trackHref={trackHref} renderActions={renderActions} />
    </LangProvider>
  );
  const container = serverRendered(tree);
  renderActions.mockClear();

  const recoverable: unknown[] = [];
  act(() => {
    hydrate(container, tree, { onRecoverableError: (error) => recoverable.push(error) });
  });

  expect(recoverable).toEqual([]);
  const rows = within(screen.getByRole('list')).getAllByRole('listitem');
  expect(rows).toHaveLength(12);
  expect(rows.filter((row) => row.hasAttribute('style'))).toEqual([]);
  // Each row's actions were rendered by hydration, and not again when hydration ended.
  expect(renderActions).toHaveBeenCalledTimes(12);
});
