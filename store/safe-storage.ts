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

/**
 * A stored value's seal: FNV-1a (32 bits, hex) of its serialized state, written beside it by this storage.
 * A value whose seal matches was written by Cited, from state its typed actions made out of validated
 * state, and has not changed since: it needs no validator. Anything else (no seal, a wrong one, another
 * version) is validated as before. Not a defence against someone who can write this site's storage: they
 * can run its scripts too.
 */
export function sealOf(serializedState: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < serializedState.length; index++) {
    hash ^= serializedState.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export interface SafeStorage<S> extends PersistStorage<S> {
  /** Synchronous: localStorage is. */
  getItem(name: string): StorageValue<S> | null;
  /**
   * Whether the value stored under `name` must go through the validators (they are loaded only then):
   * it exists, and it is of another version or carries no valid seal. Nothing stored, or a value that is
   * not a stored state at all (kept aside on read, without validators), needs none.
   */
  needsValidation(name: string, version: number): boolean;
  /** Whether the value last read under `name` carried a valid seal. */
  isSealed(name: string): boolean;
  /**
   * Copies the value last read under `name` aside, as it was stored. When the copy cannot be written, the
   * original is protected instead: this page's writes to `name` stay in memory.
   */
  keepAside(
    name: string,
    details: { reason: KeptAsideReason; version?: number; lost?: number },
  ): void;
}

/** A parsed stored value, with whether its seal matches; null when it is not a stored state at all. */
type Inspected<S> = { state: S; version: number; sealed: boolean } | null;

function inspectRaw<S>(raw: string): Inspected<S> {
  try {
    const parsed: unknown = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && 'state' in parsed) {
      const { state, version, seal } = parsed as { state: S; version?: unknown; seal?: unknown };
      if (typeof version === 'number') {
        // JSON.stringify of what JSON.parse made is the text that was sealed (same keys, same order).
        const sealed = typeof seal === 'string' && seal === sealOf(JSON.stringify(state));
        return { state, version, sealed };
      }
    }
  } catch {
    // Not JSON.
  }
  return null;
}

/** `{"state":…,"version":1,"seal":"…"}`: the state serialized once, for the value and its seal. */
function serialize<S>(value: StorageValue<S>): string {
  const state = JSON.stringify(value.state);
  return `{"state":${state},"version":${JSON.stringify(value.version ?? 0)},"seal":"${sealOf(state)}"}`;
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
  /** What each key's last read found, so a check before hydration and the read itself parse once. */
  const inspected = new Map<string, { raw: string; value: Inspected<S> }>();
  /** Keys whose last read carried a valid seal. */
  const sealedReads = new Set<string>();
  const inspect = (name: string, raw: string): Inspected<S> => {
    const cached = inspected.get(name);
    if (cached?.raw === raw) return cached.value;
    const value = inspectRaw<S>(raw);
    inspected.set(name, { raw, value });
    return value;
  };
  const readRaw = (name: string): string | null | 'failed' => {
    try {
      return getStorage()?.getItem(name) ?? null;
    } catch {
      return 'failed';
    }
  };

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
      sealedReads.delete(name);
      // Written by this page's own store when the browser refused it: as trusted as a sealed value.
      if (memory.has(name)) {
        sealedReads.add(name);
        return memory.get(name) ?? null;
      }
      const raw = readRaw(name);
      if (raw === 'failed') {
        reportUnavailable();
        return null;
      }
      if (raw === null) return null;
      lastRead.set(name, raw);
      const found = inspect(name, raw);
      if (found) {
        if (found.sealed) sealedReads.add(name);
        return { state: found.state, version: found.version };
      }
      copyAside(name, { reason: 'unreadable' });
      return null;
    },
    needsValidation(name, version) {
      if (memory.has(name)) return false;
      const raw = readRaw(name);
      if (raw === 'failed' || raw === null) return false;
      const found = inspect(name, raw);
      return found !== null && (found.version !== version || !found.sealed);
    },
    isSealed: (name) => sealedReads.has(name),
    setItem(name, value) {
      if (guarded.has(name)) {
        memory.set(name, value);
        return;
      }
      try {
        const storage = getStorage();
        if (!storage) throw new Error('no storage');
        storage.setItem(name, serialize(value));
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

/**
 * The persist `merge` of a store (zustand calls it on every hydration, after `migrate` when the version
 * differed). Nothing stored: defaults. A sealed value: as it is, no validator runs (they may not even be
 * loaded; see `needsValidation`). Anything else is validated record by record; a whole valid value is
 * written back sealed, so the next page load needs no validator for it.
 */
export function guardedMerge<S extends object, T extends S>(
  storage: SafeStorage<S>,
  name: string,
  currentVersion: number,
  migrate: (persisted: unknown, version: number) => Migrated<S>,
  defaults: () => S,
): (persisted: unknown, current: T) => T {
  return (persisted, current) => {
    if (persisted === undefined) return { ...current, ...defaults() };
    if (storage.isSealed(name)) return { ...current, ...(persisted as S) };
    const { state, lost } = migrate(persisted, currentVersion);
    if (lost > 0) storage.keepAside(name, { reason: 'damaged', lost });
    else void storage.setItem(name, { state, version: currentVersion });
    return { ...current, ...state };
  };
}
