import Link from 'next/link';
import type { ReactNode } from 'react';

/** A teacher's page of a session opened without the teacher's cookie: nothing of the session, a way on. */
export function HostOnly({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <>
      <h1 className="text-3xl font-bold">{heading}</h1>
      <p className="mt-3 text-lg text-muted">
        {children} Students join at{' '}
        <Link href="/join" className="text-accent underline underline-offset-4">
          Join a class
        </Link>
        .
      </p>
    </>
  );
}
