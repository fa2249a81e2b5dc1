// Renders components the way the app does: a router at a given path, a language, and the catalog store.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { CatalogProvider } from '../src/content/catalog-store.tsx';
import type { Content } from '../src/content/schema.ts';
import { LangProvider, type Lang } from '../src/i18n/i18n.tsx';
import { content as realContent } from './fixtures.ts';

interface Options {
  path?: string;
  lang?: Lang;
  content?: Content;
}

export function renderWithCatalog(
  ui: ReactNode,
  { path = '/', lang = 'en', content = realContent() }: Options = {},
) {
  const location = memoryLocation({ path, record: true });
  const result: RenderResult = render(
    <Router hook={location.hook}>
      <LangProvider lang={lang}>
        <CatalogProvider content={content}>{ui}</CatalogProvider>
      </LangProvider>
    </Router>,
  );
  return { ...result, location };
}
