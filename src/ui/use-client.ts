// A value that only the browser knows (user agent, display mode, APIs), read after hydration: the server and the
// hydrating render get `serverValue`, so the HTML always matches. `read` must return a stable (primitive) value.
import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

export function useClientValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(never, read, () => serverValue);
}
