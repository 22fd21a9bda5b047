'use client';

import { useState, useSyncExternalStore } from 'react';
import { storageProblem } from '@/store/safe-storage';

/**
 * Says once, politely, that this browser will not keep progress (private mode, blocked or full storage).
 * The app goes on working in memory; dismissing it keeps it away for the rest of the visit.
 */
export function StorageNotice() {
  const problem = useSyncExternalStore(
    storageProblem.subscribe,
    storageProblem.get,
    storageProblem.getServer,
  );
  const [dismissed, setDismissed] = useState(false);
  if (!problem || dismissed) return null;
  return (
    <div
      role="status"
      className="mx-auto mt-3 flex max-w-4xl flex-wrap items-center gap-3 rounded-lg border border-border bg-surface px-4 py-3"
    >
      <p className="flex-1">
        This browser isn’t letting Cited save, so your progress will last only until you close this
        tab. Everything else works as usual.
      </p>
      <button
        type="button"
        onClick={() => setDismissed(true)}
        className="min-h-11 rounded-md border border-border px-4 font-semibold"
      >
        OK
      </button>
    </div>
  );
}
