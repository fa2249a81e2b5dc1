import { act, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { CatalogProvider } from '../../src/content/catalog-store.tsx';
import { QuoteCarousel } from '../../src/features/quotes/QuoteCarousel.tsx';
import { ROTATION_INTERVAL_MS } from '../../src/features/quotes/use-carousel.ts';
import { LangProvider } from '../../src/i18n/i18n.tsx';
import { content } from '../fixtures.ts';
import { REDUCED_MOTION, stubMediaQueries } from '../media.ts';
import { hydrate, serverRendered } from '../server-html.tsx';

const page = () => (
  <Router ssrPath="/">
    <LangProvider lang="en">
      <CatalogProvider content={content()}>
        <QuoteCarousel trackHref={(slug) => `/track/${slug}`} />
      </CatalogProvider>
    </LangProvider>
  </Router>
);

afterEach(() => vi.unstubAllGlobals());

describe('QuoteCarousel prerendered, then hydrated', () => {
  it('renders the first quote, not rotating, with no style attribute for the strict CSP', () => {
    const html = renderToString(page());
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).toContain('aria-live="polite"');
    expect(html).toContain('aria-label="1 of 8"');
    expect(html.match(/role="group"/g)).toHaveLength(8);
    expect(html.match(/role="group"[^>]*hidden=""/g)).toHaveLength(7);
  });

  it('hydrates without a mismatch, then follows the reader’s reduced-motion preference', () => {
    stubMediaQueries([REDUCED_MOTION]);
    const container = serverRendered(page());
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    act(() => {
      hydrate(container, page());
    });
    // A hydration mismatch would have logged a console error, which fails the test (tests/setup.ts).
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(screen.getByRole('group')).toHaveAccessibleName('1 of 8');
  });

  // It hydrates late (an island, often because the pointer moved over it): the pointerenter or focus that should
  // hold it came before React listened.
  for (const [what, before] of [
    ['the pointer is already over it', (section: HTMLElement) => stubHover(section)],
    ['focus is already inside it', () => screen.getByRole('button', { name: 'Pause' }).focus()],
  ] as const) {
    it(`does not rotate when ${what} as it hydrates`, () => {
      vi.useFakeTimers();
      try {
        const container = serverRendered(page());
        before(screen.getByRole('region'));
        act(() => {
          hydrate(container, page());
        });
        act(() => {
          vi.advanceTimersByTime(ROTATION_INTERVAL_MS * 2);
        });
        expect(screen.getByRole('group')).toHaveAccessibleName('1 of 8');
      } finally {
        vi.useRealTimers();
      }
    });
  }
});

/** jsdom has no pointer: makes the element match :hover, as under a real one. */
function stubHover(element: HTMLElement) {
  const matches = element.matches.bind(element);
  Object.defineProperty(element, 'matches', {
    value: (selectors: string) => selectors === ':hover' || matches(selectors),
  });
}
