// A Web Storage stand-in that can be made to fail the ways real phones and browsers do.
import type { StorageBackend } from '../src/lib/safe-storage.ts';

export class FakeStorage implements StorageBackend {
  readonly data = new Map<string, string>();
  /** getItem throws (storage disabled, some private modes). */
  failReads = false;
  /** setItem throws a QuotaExceededError. */
  full = false;

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.data.set(key, value);
  }

  getItem(key: string): string | null {
    if (this.failReads) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.data.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }

  removeItem(key: string): void {
    this.data.delete(key);
  }
}
