'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import { keptAsideChanges, listKeptAside, type KeptAsideEntry } from '@/store/kept-aside';

const browserStorage = () => {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
};

/** The copies kept aside in this browser, read after mount and again whenever one is added or changed. */
export function useKeptAside(): { entries: KeptAsideEntry[]; storage: () => Storage | undefined } {
  const changes = useSyncExternalStore(
    keptAsideChanges.subscribe,
    keptAsideChanges.get,
    keptAsideChanges.getServer,
  );
  const [entries, setEntries] = useState<KeptAsideEntry[]>([]);
  useEffect(() => {
    // Device storage is only readable after mount; reading it during render would break hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEntries(listKeptAside(browserStorage()));
  }, [changes]);
  return { entries, storage: browserStorage };
}
