// The colour theme: the remembered choice, else the system setting. One tiny external store, read with
// useSyncExternalStore so the server (and hydration) see "unknown" and the browser fills in after mount.
import { readPreference, writePreference } from '../../lib/preference-storage.ts';

export type Theme = 'light' | 'dark';
const THEMES: readonly Theme[] = ['light', 'dark'];
const DARK_QUERY = '(prefers-color-scheme: dark)';

const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

function applyToDocument(choice: Theme | null) {
  if (choice) document.documentElement.dataset.theme = choice;
  else delete document.documentElement.dataset.theme;
}

/** The theme on screen now. */
export function currentTheme(): Theme {
  return readPreference('theme', THEMES) ?? systemTheme();
}

/** Shows a theme and remembers it; choosing the system's own theme forgets the choice, so the system leads again. */
export function setTheme(theme: Theme): void {
  const choice = theme === systemTheme() ? null : theme;
  writePreference('theme', choice);
  applyToDocument(choice);
  emit();
}

export function subscribeTheme(listener: () => void): () => void {
  listeners.add(listener);
  const media = typeof matchMedia === 'function' ? matchMedia(DARK_QUERY) : null;
  // Another tab changed the choice: show it here too.
  const onStorage = () => {
    applyToDocument(readPreference('theme', THEMES));
    listener();
  };
  media?.addEventListener('change', listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    media?.removeEventListener('change', listener);
    window.removeEventListener('storage', onStorage);
  };
}
