'use client';

import {
  createContext,
  useContext,
  useEffect,
  useState,
  type ComponentType,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import { loadMigrations } from './lazy-migrations';

/** What every persisted store here exposes: zustand's persist API (skipHydration is always on). */
export interface PersistedStoreApi<T> extends StoreApi<T> {
  persist: {
    rehydrate: () => Promise<void> | void;
    hasHydrated: () => boolean;
    onFinishHydration: (listener: (state: T) => void) => () => void;
    getOptions: () => { name?: string };
  };
  /**
   * Whether hydrating needs the validators (the stored value is of another version or unsealed; see
   * safe-storage.ts). Absent: always load them first.
   */
  needsValidators?: () => boolean;
}

/**
 * A provider that creates one store per mounted tree (never a module singleton, so server renders never
 * share state) and rehydrates it from storage after mount. The validators (zod, ~40 kB gzip) load first
 * only when the stored value needs them: nothing stored, or a sealed value of this version, hydrates at
 * once without them. The server and the first client render both
 * see defaults, so there is no hydration mismatch; components that must not flash defaults wait for
 * `useHydrated()`. `syncAcrossTabs` re-reads the store when another tab writes its key.
 */
export function createPersistedStoreContext<T>(
  displayName: string,
  createStore: () => PersistedStoreApi<T>,
  options: {
    syncAcrossTabs?: boolean;
    onStore?: (store: PersistedStoreApi<T>) => () => void;
    /** What must load before rehydrating: the shared migrations unless the store brings its own. */
    load?: () => Promise<unknown>;
  } = {},
) {
  const Context = createContext<{ store: PersistedStoreApi<T>; hydrated: boolean } | null>(null);

  function Provider({ children }: { children: ReactNode }) {
    const [store] = useState(createStore);
    const [hydrated, setHydrated] = useState(false);

    useEffect(() => {
      let active = true;
      let retry: number | undefined;
      const stopHydrated = store.persist.onFinishHydration(() => {
        if (active) setHydrated(true);
      });
      // Rehydrating before the migrations load would skip validation, and showing defaults instead
      // would let the first change overwrite saved progress: so wait for them, retrying if offline.
      const hydrateValidated = () =>
        (options.load ?? loadMigrations)().then(
          () => {
            if (!active) return;
            void store.persist.rehydrate();
            if (store.persist.hasHydrated()) setHydrated(true);
          },
          () => {
            retry = window.setTimeout(hydrateValidated, 2000);
          },
        );
      const hydrate = () => {
        if (store.needsValidators?.() === false) {
          // Synchronous storage: hydrated on return, unless the value changed under us and merge
          // asked for the validators it has not got, in which case load them and hydrate again.
          void store.persist.rehydrate();
          if (store.persist.hasHydrated()) {
            setHydrated(true);
            return;
          }
        }
        void hydrateValidated();
      };
      hydrate();
      const stopExtra = options.onStore?.(store);
      const key = store.persist.getOptions().name;
      const onStorage = (event: StorageEvent) => {
        // Another tab (perhaps of an older build, writing an unsealed value) changed this store's key.
        if (options.syncAcrossTabs && event.key === key && store.persist.hasHydrated()) hydrate();
      };
      window.addEventListener('storage', onStorage);
      return () => {
        active = false;
        window.clearTimeout(retry);
        stopHydrated();
        stopExtra?.();
        window.removeEventListener('storage', onStorage);
      };
    }, [store]);

    return <Context.Provider value={{ store, hydrated }}>{children}</Context.Provider>;
  }
  (Provider as ComponentType).displayName = displayName;

  function useContextValue() {
    const value = useContext(Context);
    if (!value) throw new Error(`${displayName} is missing above this component.`);
    return value;
  }

  /** Read a narrow slice; wrap object-building selectors in useShallow. */
  function useSelector<U>(selector: (state: T) => U): U {
    return useStore(useContextValue().store, selector);
  }

  return {
    Provider,
    useSelector,
    useStoreApi: () => useContextValue().store,
    useHydrated: () => useContextValue().hydrated,
  };
}
