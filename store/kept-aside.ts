/**
 * A stored value the app cannot use is never thrown away: it is copied aside under its own key before the
 * store goes on with what it could read, the page says so once, and /progress lets the learner download
 * or delete each copy. Values from a newer version of Cited, unreadable ones, and ones with damaged records
 * (the readable records are kept in the store; the whole original value is kept here).
 */

export const KEPT_ASIDE_PREFIX = 'cited:kept-aside:';

export type KeptAsideReason = 'unreadable' | 'newer' | 'damaged';

export interface KeptAside {
  /** The storage key the copy was taken from ('cited:progress'). */
  key: string;
  reason: KeptAsideReason;
  /** The stored version, for 'newer'. */
  version?: number;
  /** How many records could not be read, for 'damaged'. */
  lost?: number;
  savedAt: string;
  /** The value exactly as it was stored. */
  raw: string;
  /** The learner has been told (the notice shows unseen copies only). */
  seen: boolean;
}

export interface KeptAsideEntry extends KeptAside {
  /** The storage key the copy lives under. */
  id: string;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let version = 0;

/** For useSyncExternalStore: changes whenever a copy is kept aside, seen or deleted in this page. */
export const keptAsideChanges = {
  subscribe(listener: Listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: () => version,
  getServer: () => 0,
};

function changed() {
  version++;
  listeners.forEach((listener) => listener());
}

/**
 * Copies `raw` aside (unless the same value already is). Returns false when it could not be written, so
 * the caller must not overwrite the original either.
 */
export function keepAside(
  storage: Storage | undefined,
  entry: Omit<KeptAside, 'savedAt' | 'seen'>,
  now: Date = new Date(),
): boolean {
  if (!storage) return false;
  try {
    if (listKeptAside(storage).some((kept) => kept.key === entry.key && kept.raw === entry.raw)) {
      return true;
    }
    const savedAt = now.toISOString();
    const value: KeptAside = { ...entry, savedAt, seen: false };
    storage.setItem(`${KEPT_ASIDE_PREFIX}${entry.key}:${savedAt}`, JSON.stringify(value));
    changed();
    return true;
  } catch {
    return false;
  }
}

/** Every copy kept aside in this browser, oldest first; entries that cannot be read are listed as such. */
export function listKeptAside(storage: Storage | undefined): KeptAsideEntry[] {
  if (!storage || typeof storage.key !== 'function') return [];
  const entries: KeptAsideEntry[] = [];
  try {
    for (let index = 0; index < storage.length; index++) {
      const id = storage.key(index);
      if (!id?.startsWith(KEPT_ASIDE_PREFIX)) continue;
      const text = storage.getItem(id) ?? '';
      entries.push({ id, ...readEntry(id, text) });
    }
  } catch {
    return entries;
  }
  return entries.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
}

function readEntry(id: string, text: string): KeptAside {
  try {
    const value = JSON.parse(text) as Partial<KeptAside>;
    if (typeof value.key === 'string' && typeof value.raw === 'string') {
      return {
        key: value.key,
        reason: value.reason ?? 'unreadable',
        version: value.version,
        lost: value.lost,
        savedAt: value.savedAt ?? '',
        raw: value.raw,
        seen: value.seen === true,
      };
    }
  } catch {
    // The copy itself is damaged: offer it as it is.
  }
  return {
    key: id.slice(KEPT_ASIDE_PREFIX.length),
    reason: 'unreadable',
    savedAt: '',
    raw: text,
    seen: false,
  };
}

/** The learner has been told about these copies: the notice stops showing them. */
export function markKeptAsideSeen(storage: Storage | undefined, ids: readonly string[]): void {
  if (!storage) return;
  for (const entry of listKeptAside(storage)) {
    if (!ids.includes(entry.id) || entry.seen) continue;
    const { id, ...value } = entry;
    try {
      storage.setItem(id, JSON.stringify({ ...value, seen: true }));
    } catch {
      // Shown again next time: better than not at all.
    }
  }
  changed();
}

export function deleteKeptAside(storage: Storage | undefined, id: string): void {
  try {
    storage?.removeItem(id);
  } catch {
    // Nothing to do: it stays listed.
  }
  changed();
}

/** A file a learner can keep (and send to whoever helps them), with the copy exactly as it was stored. */
export function keptAsideFile(entries: readonly KeptAsideEntry[], now: Date) {
  return {
    format: 'cited-kept-aside',
    exportedAt: now.toISOString(),
    entries: entries.map(({ id: _id, seen: _seen, ...entry }) => entry),
  };
}

/** What the learner is told a copy is: "your progress, from a newer version of Cited". */
export function describeKeptAside(entry: Pick<KeptAside, 'key' | 'reason' | 'lost'>): string {
  const live = /^cited:classroom:v1:([^:]+)(:pending)?$/.exec(entry.key);
  const what =
    KEY_NAMES[entry.key] ??
    (live
      ? live[2]
        ? `answers for live class ${live[1]} not sent yet`
        : `your place in live class ${live[1]}`
      : `saved data (${entry.key})`);
  if (entry.reason === 'newer') return `${what}, saved by a newer version of Cited`;
  if (entry.reason === 'damaged') {
    const records = entry.lost === 1 ? 'one part' : `${entry.lost ?? 'some'} parts`;
    return `${records} of ${what}, which could not be read (the rest is in use)`;
  }
  return `${what}, which could not be read at all`;
}

const KEY_NAMES: Record<string, string> = {
  'cited:progress': 'your progress',
  'cited:attempt': 'your quiz in progress',
  'cited:settings': 'your settings',
  'cited:my-articles': 'your own articles',
};
