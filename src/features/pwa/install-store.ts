// The install prompt, caught as soon as this module loads (the browser may fire it before React hydrates) and
// kept in a small store until the person clicks Install.
import { create } from 'zustand';
import type { BeforeInstallPromptEvent } from './install.ts';

interface InstallState {
  /** The deferred prompt; null when the browser has not offered one (or it was used). */
  prompt: BeforeInstallPromptEvent | null;
  installed: boolean;
  offer: (prompt: BeforeInstallPromptEvent) => void;
  markInstalled: () => void;
  /** Shows the browser's install dialog; the prompt can be used once. */
  install: () => Promise<void>;
}

export const useInstallStore = create<InstallState>()((set, get) => ({
  prompt: null,
  installed: false,
  offer: (prompt) => set({ prompt }),
  markInstalled: () => set({ installed: true, prompt: null }),
  install: async () => {
    const { prompt } = get();
    if (!prompt) return;
    set({ prompt: null });
    await prompt.prompt();
    const choice = await prompt.userChoice;
    if (choice.outcome === 'accepted') set({ installed: true });
  },
}));

if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    // Our own Install button offers it instead of the browser's mini-infobar.
    event.preventDefault();
    useInstallStore.getState().offer(event as BeforeInstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => useInstallStore.getState().markInstalled());
}
