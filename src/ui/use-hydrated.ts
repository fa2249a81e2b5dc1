// False while the prerendered page is being hydrated (and on the server), true for anything mounted afterwards:
// entrance animations start only for content the client adds, so server HTML carries no inline styles.
import { useSyncExternalStore } from 'react';

const noSubscribe = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
