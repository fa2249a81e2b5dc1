// A storage wrapper that never throws and never loses a saved value: the one place where localStorage faults are
// handled. It implements zustand's StateStorage, so `createJSONStorage(() => safeStorage)` persists through it.
//
// The rules, each for a real phone or browser:
// - localStorage throws on access or on read (disabled storage, some private modes): everything lives in memory
//   for the session and `status().memoryOnly` says so.
// - setItem throws (quota exceeded): the value stays in memory, `status().unsaved` says so, and the next
//   successful write of any key also writes every value still waiting.
// - a stored value that is not valid JSON, or fails `validate`: it is copied to a backup key (never overwritten),
//   reads return null (start fresh), and `status().recovered` says so once, until dismissed.
// - a key is only ever written after it was read: a write can never replace a value nobody has seen.

/** The part of the Web Storage API this wrapper uses. */
export type StorageBackend = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StorageStatus {
  /** Storage cannot be used at all: values live in memory until the page closes. */
  memoryOnly: boolean;
  /** A write failed (e.g. quota): the latest values live in memory until a write succeeds. */
  unsaved: boolean;
  /** An unreadable stored value was moved to a backup key and the app started fresh. */
  recovered: boolean;
}

export interface SafeStorage {
  getItem: (name: string) => string | null;
  setItem: (name: string, value: string) => void;
  removeItem: (name: string) => void;
  status: () => StorageStatus;
  subscribe: (listener: () => void) => () => void;
  /** The person has read the "recovered" notice. */
  dismissRecovered: () => void;
}

export interface SafeStorageOptions {
  /** Whether a parsed stored value has the expected shape; a value that fails is backed up, never trusted. */
  validate?: (value: unknown) => boolean;
}

export const NO_PROBLEM: StorageStatus = { memoryOnly: false, unsaved: false, recovered: false };

/** Where an unreadable value of `name` is kept: "name:backup", or "name:backup-2"… when that one holds another. */
export const backupKeyFor = (name: string, attempt = 1) =>
  attempt === 1 ? `${name}:backup` : `${name}:backup-${attempt}`;

const MAX_BACKUPS = 20;

export function createSafeStorage(
  getBackend: () => StorageBackend | null | undefined,
  { validate = () => true }: SafeStorageOptions = {},
): SafeStorage {
  /** The latest value of every key written this session (the truth when storage fails). */
  const memory = new Map<string, string>();
  /** Keys the app has read: only these may be written. */
  const seen = new Set<string>();
  /** Keys whose latest value could not be written yet. */
  const pending = new Set<string>();
  /** Keys holding an unreadable value that could not be backed up yet: never written over. */
  const guarded = new Map<string, string>();
  let backend: StorageBackend | null | undefined;
  let status = NO_PROBLEM;
  const listeners = new Set<() => void>();

  const update = (patch: Partial<StorageStatus>) => {
    const next = { ...status, ...patch };
    const same = (Object.keys(next) as (keyof StorageStatus)[]).every((k) => next[k] === status[k]);
    if (same) return;
    status = next;
    listeners.forEach((listener) => listener());
  };

  const goMemoryOnly = () => {
    backend = null;
    update({ memoryOnly: true });
  };

  /** The real storage, or null when it cannot be used this session. */
  const real = (): StorageBackend | null => {
    if (backend === undefined) {
      try {
        backend = getBackend() ?? null;
      } catch {
        backend = null;
      }
      if (backend === null) goMemoryOnly();
    }
    return backend;
  };

  const readable = (raw: string): boolean => {
    try {
      return validate(JSON.parse(raw));
    } catch {
      return false;
    }
  };

  /** Copies an unreadable value to a free backup key (or finds it already there); false when it cannot. */
  const backUp = (store: StorageBackend, name: string, raw: string): boolean => {
    try {
      for (let attempt = 1; attempt <= MAX_BACKUPS; attempt++) {
        const key = backupKeyFor(name, attempt);
        const existing = store.getItem(key);
        if (existing === raw) return true;
        if (existing === null) {
          store.setItem(key, raw);
          return true;
        }
      }
    } catch {
      // Quota or a failing storage: the value stays where it is, guarded.
    }
    return false;
  };

  /** Moves an unreadable value aside; while that fails, the key is guarded from writes. */
  const recover = (store: StorageBackend, name: string, raw: string) => {
    if (backUp(store, name, raw)) {
      guarded.delete(name);
      try {
        // Safe in the backup: clear it so the next visit starts clean and is not told again.
        store.removeItem(name);
      } catch {
        // The next write replaces it; the backup already holds it.
      }
    } else {
      guarded.set(name, raw);
    }
    update({ recovered: true });
  };

  /** Writes every value still waiting; true when none is left. */
  const flush = (store: StorageBackend): boolean => {
    for (const key of [...pending]) {
      const raw = guarded.get(key);
      if (raw !== undefined) recover(store, key, raw);
      if (guarded.has(key)) continue;
      try {
        const value = memory.get(key);
        if (value === undefined) store.removeItem(key);
        else store.setItem(key, value);
        pending.delete(key);
      } catch {
        // Still full: it stays pending, in memory.
      }
    }
    return pending.size === 0;
  };

  return {
    getItem(name) {
      // A value that could not be saved yet is newer than what storage holds.
      if (seen.has(name) && pending.has(name)) return memory.get(name) ?? null;
      const store = real();
      seen.add(name);
      if (!store) return memory.get(name) ?? null;
      let raw: string | null;
      try {
        raw = store.getItem(name);
      } catch {
        goMemoryOnly();
        return memory.get(name) ?? null;
      }
      if (raw === null || readable(raw)) return raw;
      recover(store, name, raw);
      return null;
    },

    setItem(name, value) {
      memory.set(name, value);
      // Never write a key before the app has read it: the stored value may hold what someone saved.
      if (!seen.has(name)) return;
      pending.add(name);
      const store = real();
      if (!store) return;
      update({ unsaved: !flush(store) });
    },

    removeItem(name) {
      memory.delete(name);
      if (!seen.has(name)) return;
      pending.add(name);
      const store = real();
      if (!store) return;
      update({ unsaved: !flush(store) });
    },

    status: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dismissRecovered: () => update({ recovered: false }),
  };
}
