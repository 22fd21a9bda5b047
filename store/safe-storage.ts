import type { PersistStorage, StorageValue } from 'zustand/middleware';

/**
 * localStorage that never takes the app down. Private modes, blocked storage (SecurityError) and a full
 * quota (QuotaExceededError) all throw, and zustand's persist does not guard setItem. On the first failure
 * the value is kept in memory instead, and listeners learn once that progress will not be saved.
 */

type Listener = () => void;
let unavailable = false;
const listeners = new Set<Listener>();

function reportUnavailable() {
  if (unavailable) return;
  unavailable = true;
  listeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: whether any write or read has failed in this page. */
export const storageProblem = {
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => unavailable,
  getServer: () => false,
};

/** Only for tests: forget an earlier failure. */
export function resetStorageProblemForTests() {
  unavailable = false;
}

function browserStorage(): Storage | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

/**
 * A persist storage over `getStorage()` that falls back to memory. A stored value that is not JSON, or has
 * no numeric version, reads as version -1 so the store's migrate replaces it with defaults.
 */
export function createSafeStorage<S>(
  getStorage: () => Storage | undefined = browserStorage,
): PersistStorage<S> {
  const memory = new Map<string, StorageValue<S>>();
  return {
    getItem(name) {
      if (memory.has(name)) return memory.get(name) ?? null;
      let raw: string | null;
      try {
        raw = getStorage()?.getItem(name) ?? null;
      } catch {
        reportUnavailable();
        return null;
      }
      if (raw === null) return null;
      try {
        const parsed: unknown = JSON.parse(raw);
        if (parsed && typeof parsed === 'object' && 'state' in parsed) {
          const { state, version } = parsed as { state: S; version?: unknown };
          return { state, version: typeof version === 'number' ? version : -1 };
        }
      } catch {
        // Not JSON: treat as an unknown version below.
      }
      return { state: {} as S, version: -1 };
    },
    setItem(name, value) {
      try {
        const storage = getStorage();
        if (!storage) throw new Error('no storage');
        storage.setItem(name, JSON.stringify(value));
        memory.delete(name);
      } catch {
        memory.set(name, value);
        reportUnavailable();
      }
    },
    removeItem(name) {
      memory.delete(name);
      try {
        getStorage()?.removeItem(name);
      } catch {
        reportUnavailable();
      }
    },
  };
}
