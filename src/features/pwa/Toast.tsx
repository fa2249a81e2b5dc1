// One toast: a short message with its buttons, in the bottom stack that PwaToasts renders.
import type { ReactNode } from 'react';

export function Toast({ children, actions }: { children: ReactNode; actions: ReactNode }) {
  return (
    <div className="pwa-toast">
      <p className="pwa-toast__message">{children}</p>
      <div className="pwa-toast__actions">{actions}</div>
    </div>
  );
}
