import Link from 'next/link';

/** Saved articles live in one browser: another device, a cleared cache or a deleted entry lands here. */
export function NotInThisBrowser() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">Not found in this browser</h1>
      <p className="mt-3 text-lg">
        This article is not saved in this browser. Articles you add are kept only on the device and
        browser where you added them, and they are gone if it was deleted or the browser’s data was
        cleared.
      </p>
      <p className="mt-6 flex flex-wrap gap-4">
        <Link
          href="/create"
          className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-accent-fg"
        >
          Quiz an article
        </Link>
        <Link
          href="/"
          className="inline-flex min-h-11 items-center text-accent underline underline-offset-4"
        >
          Back to the library
        </Link>
      </p>
    </div>
  );
}
