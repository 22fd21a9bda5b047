'use client';

import { useKeptAside } from '@/components/settings/use-kept-aside';
import { downloadJson } from '@/components/ui/download';
import { deleteKeptAside, describeKeptAside, keptAsideFile } from '@/store/kept-aside';

/** Every copy this browser kept aside (see store/kept-aside.ts), to download or, once safe, delete. */
export function KeptAsideList() {
  const { entries, storage } = useKeptAside();
  if (entries.length === 0) return null;
  return (
    <section id="kept-aside" aria-labelledby="kept-aside-heading">
      <h2 id="kept-aside-heading" className="text-xl font-semibold">
        Kept aside
      </h2>
      <p className="mt-2">
        Saved data Cited could not use, kept exactly as it was. Download it to keep it (or to send
        it to whoever helps you); delete it once you no longer need it.
      </p>
      <ul className="mt-3 grid gap-3" aria-label="Kept aside">
        {entries.map((entry) => (
          <li key={entry.id} className="grid gap-2 rounded-lg border border-border p-4">
            <p>
              {describeKeptAside(entry).replace(/^./, (first) => first.toUpperCase())}
              {entry.savedAt
                ? `, kept aside on ${new Date(entry.savedAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}`
                : ''}
              .
            </p>
            <div className="flex flex-wrap gap-3">
              <button
                type="button"
                onClick={() =>
                  downloadJson(
                    `cited-kept-aside-${entry.savedAt.slice(0, 10) || 'copy'}.json`,
                    keptAsideFile([entry], new Date()),
                  )
                }
                className="min-h-11 rounded-lg border-2 border-accent px-4 font-semibold text-accent"
              >
                Download
              </button>
              <button
                type="button"
                onClick={() => {
                  if (window.confirm('Delete this copy for good? Download it first if in doubt.')) {
                    deleteKeptAside(storage(), entry.id);
                  }
                }}
                className="min-h-11 rounded-lg border border-border px-4 font-semibold"
              >
                Delete
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
