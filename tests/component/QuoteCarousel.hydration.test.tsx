import { act, screen } from '@testing-library/react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Router } from 'wouter';
import { CatalogProvider } from '../../src/content/catalog-store.tsx';
import { QuoteCarousel } from '../../src/features/quotes/QuoteCarousel.tsx';
import { LangProvider } from '../../src/i18n/i18n.tsx';
import { content } from '../fixtures.ts';

const page = () => (
  <Router ssrPath="/">
    <LangProvider lang="en">
      <CatalogProvider content={content()}>
        <QuoteCarousel trackHref={(slug) => `/track/${slug}`} />
      </CatalogProvider>
    </LangProvider>
  </Router>
);

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

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
    vi.stubGlobal('matchMedia', (media: string) => ({
      matches: media.includes('prefers-reduced-motion: reduce'),
      media,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }));
    const container = document.createElement('div');
    container.innerHTML = renderToString(page());
    document.body.append(container);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeInTheDocument();
    act(() => {
      root = hydrateRoot(container, page());
    });
    // A hydration mismatch would have logged a console error, which fails the test (tests/setup.ts).
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(screen.getByRole('group')).toHaveAccessibleName('1 of 8');
  });
});
