'use client';

import Link from 'next/link';
import { downloadJson } from '@/components/ui/download';
import { describeKeptAside, keptAsideFile, markKeptAsideSeen } from '@/store/kept-aside';
import { useKeptAside } from './use-kept-aside';

/**
 * Says once that something this browser had saved could not be used and was kept aside, not deleted, with
 * a download of it. Either button marks it told; /progress lists every copy for as long as it is kept.
 */
export function KeptAsideNotice() {
  const { entries, storage } = useKeptAside();
  const unseen = entries.filter((entry) => !entry.seen);
  if (unseen.length === 0) return null;
  const told = () =>
    markKeptAsideSeen(
      storage(),
      unseen.map((entry) => entry.id),
    );
  return (
    <div
      role="status"
      className="mx-auto mt-3 grid max-w-4xl gap-3 rounded-lg border-2 border-accent bg-surface px-4 py-3"
    >
      <p>
        Some of what this browser saved could not be used, so it was kept aside, not deleted:{' '}
        {unseen.map((entry) => describeKeptAside(entry)).join('; ')}. Download a copy to keep it, or
        find it later under{' '}
        <Link href="/progress#kept-aside" className="text-accent underline underline-offset-4">
          Your progress
        </Link>
        .
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => {
            downloadJson(
              `cited-kept-aside-${new Date().toISOString().slice(0, 10)}.json`,
              keptAsideFile(unseen, new Date()),
            );
            told();
          }}
          className="min-h-11 rounded-md bg-accent px-4 font-semibold text-accent-fg"
        >
          Download a copy
        </button>
        <button
          type="button"
          onClick={told}
          className="min-h-11 rounded-md border border-border px-4 font-semibold"
        >
          OK
        </button>
      </div>
    </div>
  );
}
