// The prerendered page in component tests: a tree rendered to HTML as the prerender does, then hydrated as the
// browser does. What these helpers put on the page (containers, roots) is removed when the test ends.
import { act } from '@testing-library/react';
import type { ReactNode } from 'react';
import { hydrateRoot, type HydrationOptions, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { onTestFinished } from 'vitest';

/** `node` as server HTML, in a container on the page. */
export function serverRendered(node: ReactNode): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = renderToString(node);
  document.body.append(container);
  onTestFinished(() => container.remove());
  return container;
}

/** Hydrates the server HTML in `container` with `node` (call it inside act). */
export function hydrate(container: Element, node: ReactNode, options?: HydrationOptions): Root {
  const root = hydrateRoot(container, node, options);
  onTestFinished(() => act(() => root.unmount()));
  return root;
}
