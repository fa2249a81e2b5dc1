// The album content in a zustand store, created from the content query's data and read through selector hooks.
// One store per app (via context), as zustand advises for server rendering: its initial state already holds
// the content, so the prerendered HTML and the first client render agree.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { Content, Track } from './schema.ts';

interface CatalogState {
  content: Content | null;
  hydrate: (content: Content) => void;
}

export type CatalogStore = StoreApi<CatalogState>;

export function createCatalogStore(content: Content | null): CatalogStore {
  return createStore<CatalogState>()((set) => ({
    content,
    hydrate: (next) => set((state) => (state.content === next ? state : { content: next })),
  }));
}

const CatalogContext = createContext<CatalogStore | null>(null);

/** Holds the catalog store; each new successful load of the content query hydrates it. */
export function CatalogProvider({ content, children }: { content: Content | null; children: ReactNode }) {
  const [store] = useState(() => createCatalogStore(content));
  useEffect(() => {
    if (content) store.getState().hydrate(content);
  }, [content, store]);
  return <CatalogContext.Provider value={store}>{children}</CatalogContext.Provider>;
}

export function useCatalog<T>(selector: (state: CatalogState) => T): T {
  const store = useContext(CatalogContext);
  if (!store) throw new Error('useCatalog needs a <CatalogProvider>');
  return useStore(store, selector);
}

function useContent(): Content {
  const content = useCatalog((s) => s.content);
  if (content === null) throw new Error('Catalog read before the content was loaded');
  return content;
}

export const useAlbum = () => useContent().album;
export const useTracks = () => useContent().tracks;
export const useSources = () => useContent().sources;
export const useQuotes = () => useContent().quotes;
export const useMilestones = () => useContent().milestones;
export const useAnniversaries = () => useContent().anniversaries;
export const useCharts = () => useContent().charts;

export function useTrack(slug: string): Track | undefined {
  return useCatalog((s) => s.content?.tracks.find((t) => t.slug === slug));
}
