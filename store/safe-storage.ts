import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { keepAside, type KeptAsideReason } from './kept-aside';

/**
 * localStorage that never takes the app down and never loses what a learner saved. Private modes,
 * blocked storage (SecurityError) and a full quota (QuotaExceededError) all throw, and zustand's persist
 * does not guard setItem: on the first failure the value is kept in memory instead, and listeners learn
 * once that progress will not be saved. A stored value the store cannot use (not JSON, no version, a newer
 * version, damaged records) is copied aside first (kept-aside.ts); if even that copy cannot be written,
 * the original is left alone and this page works in memory.
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

export interface SafeStorage<S> extends PersistStorage<S> {
  /** Synchronous: localStorage is. */
  getItem(name: string): StorageValue<S> | null;
  /**
   * Copies the value last read under `name` aside, as it was stored. When the copy cannot be written, the
   * original is protected instead: this page's writes to `name` stay in memory.
   */
  keepAside(
    name: string,
    details: { reason: KeptAsideReason; version?: number; lost?: number },
  ): void;
}

/**
 * A persist storage over `getStorage()` that falls back to memory. A stored value that is not JSON, or has
 * no state or numeric version, is kept aside and reads as nothing stored (the store starts from defaults).
 */
export function createSafeStorage<S>(
  getStorage: () => Storage | undefined = browserStorage,
): SafeStorage<S> {
  const memory = new Map<string, StorageValue<S>>();
  /** What each key held when it was read, for a copy kept aside. */
  const lastRead = new Map<string, string>();
  /** Keys whose original could not be copied aside: never overwritten from this page. */
  const guarded = new Set<string>();

  const copyAside = (
    name: string,
    details: { reason: KeptAsideReason; version?: number; lost?: number },
  ) => {
    const raw = lastRead.get(name);
    if (raw === undefined) return;
    let storage: Storage | undefined;
    try {
      storage = getStorage();
    } catch {
      storage = undefined;
    }
    if (!keepAside(storage, { key: name, raw, ...details })) {
      guarded.add(name);
      reportUnavailable();
    }
  };

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
      lastRead.set(name, raw);
      try {
        const parsed: unknown = JSON.parse(raw);
        if (parsed && typeof parsed === 'object' && 'state' in parsed) {
          const { state, version } = parsed as { state: S; version?: unknown };
          if (typeof version === 'number') return { state, version };
        }
      } catch {
        // Not JSON: kept aside below.
      }
      copyAside(name, { reason: 'unreadable' });
      return null;
    },
    setItem(name, value) {
      if (guarded.has(name)) {
        memory.set(name, value);
        return;
      }
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
      if (guarded.has(name)) return;
      try {
        getStorage()?.removeItem(name);
      } catch {
        reportUnavailable();
      }
    },
    keepAside: copyAside,
  };
}

/** A store's migration, with what it could not read: records dropped, or the whole value. */
export interface Migrated<S> {
  state: S;
  /** Records of the stored value that could not be read and are not in `state`. */
  lost: number;
}

/**
 * The persist `migrate` (and `merge`) of a store: a value from a newer version is kept aside and the store
 * starts from `defaults`; a value with damaged records is kept aside whole and the store keeps what it
 * could read.
 */
export function guardedMigration<S>(
  storage: SafeStorage<S>,
  name: string,
  currentVersion: number,
  migrate: (persisted: unknown, version: number) => Migrated<S>,
  defaults: () => S,
): (persisted: unknown, version: number) => S {
  return (persisted, version) => {
    if (version > currentVersion) {
      storage.keepAside(name, { reason: 'newer', version });
      return defaults();
    }
    const { state, lost } = migrate(persisted, version);
    if (lost > 0) storage.keepAside(name, { reason: 'damaged', lost });
    return state;
  };
}
