'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';

/**
 * Opens a workspace from its private link on this device. The secret is in the address's fragment, so
 * it never reaches a server log or a Referer; it is sent once in a POST body and then removed from the
 * address bar and history.
 */
export function OpenWorkspace() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    const secret = decodeURIComponent(window.location.hash.slice(1));
    window.history.replaceState(null, '', window.location.pathname);
    if (!secret) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setError('This address holds no workspace link. Open the full private link you were given.');
      return;
    }
    void (async () => {
      const response = await fetch('/api/workspace/open', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ secret }),
      }).catch(() => null);
      if (response?.ok) {
        router.replace('/teach');
        return;
      }
      const data = (await response?.json().catch(() => ({}))) as { error?: string } | undefined;
      setError(data?.error ?? 'The server could not be reached. Try the link again.');
    })();
  }, [router]);
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">Opening your workspace</h1>
      <div role="status" aria-live="polite" className="mt-4 text-lg">
        {error ? (
          <>
            <p className="font-semibold text-bad">{error}</p>
            <p className="mt-4">
              <Link href="/teach" className="text-accent underline underline-offset-4">
                Go to the workspace page
              </Link>
            </p>
          </>
        ) : (
          <p>Opening it on this device…</p>
        )}
      </div>
    </div>
  );
}
