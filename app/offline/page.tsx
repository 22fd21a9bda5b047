import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = {
  title: 'Offline',
  robots: { index: false },
};

/** Shown by the service worker (lib/offline/service-worker.ts) for a page that needs the network. */
export default function OfflinePage() {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold tracking-tight">You are offline</h1>
      <p className="mt-4 text-lg">
        This page needs the network, or this browser has not opened it online yet. Live classes, the
        teacher workspace and shared links talk to the server as you use them. It will open again
        once you are back online.
      </p>
      <h2 className="mt-8 text-xl font-semibold">What works without a network</h2>
      <ul className="mt-3 list-disc space-y-1 pl-6">
        <li>
          <Link href="/" className="text-accent underline underline-offset-4">
            The library
          </Link>
          , its articles and their quizzes, once this browser has opened Cited online.
        </li>
        <li>Your review, your progress and the articles you quizzed in this browser.</li>
        <li>Everything you answer is kept in this browser, with or without a network.</li>
      </ul>
    </div>
  );
}
