'use client';

import Link from 'next/link';
import { useState, type ReactNode } from 'react';

/**
 * Screen-only controls of the packet: print, whether the answer key goes to the printer (student copies
 * leave it out), and how many of the bank's questions it holds. The key stays visible on screen either
 * way, for the teacher.
 */
export function PrintControls({
  chosen,
  bank,
  changeHref,
  children,
}: {
  chosen: number;
  bank: number;
  /** The teach page with this choice, where it can be changed. */
  changeHref: string;
  children: ReactNode;
}) {
  const [includeKey, setIncludeKey] = useState(true);
  return (
    <>
      <div className="no-print mb-8 flex flex-wrap items-center gap-4 rounded-md border border-border bg-surface p-4">
        <button
          type="button"
          onClick={() => window.print()}
          className="min-h-11 rounded-md bg-accent px-5 text-lg font-semibold text-accent-fg"
        >
          Print
        </button>
        <label className="flex min-h-11 items-center gap-2 text-lg">
          <input
            type="checkbox"
            checked={includeKey}
            onChange={(event) => setIncludeKey(event.target.checked)}
            className="size-5"
          />
          Print the answer key (on its own pages)
        </label>
        <p className="text-lg">
          {chosen} of the {bank} questions.{' '}
          <Link href={changeHref} className="text-accent underline underline-offset-4">
            Choose how many
          </Link>
        </p>
      </div>
      <div data-include-key={includeKey}>{children}</div>
    </>
  );
}
