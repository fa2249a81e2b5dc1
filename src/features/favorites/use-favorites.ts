// Hooks over the favorites store: reading storage after mount, following other tabs, and hydration-safe reads.
import { persistedHooks } from '../../lib/use-persisted.ts';
import { FAVORITES_KEY, favoritesStorage, useFavorites } from './favorites-store.ts';

const hooks = persistedHooks(useFavorites.persist, FAVORITES_KEY, favoritesStorage);

/** Called once by the app: reads the saved favorites after the first render, and when another tab changes them. */
export const useFavoritesSync = hooks.useSync;
/** False on the server and during hydration; true once the saved favorites have been read. */
export const useFavoritesReady = hooks.useReady;
/** Storage problems to tell the person about (none on the server). */
export const useStorageStatus = hooks.useStorageStatus;
