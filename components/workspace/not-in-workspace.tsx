import Link from 'next/link';

/** What a workspace page says to a device without the workspace (or with another one). */
export function NotInWorkspace({ reason }: { reason: 'no-workspace' | 'not-yours' }) {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-3xl font-bold tracking-tight">
        This article is in a teacher’s workspace
      </h1>
      <p className="mt-3 text-lg">
        {reason === 'no-workspace'
          ? 'Only the teacher whose workspace holds it can open it. If that is you, open your private workspace link on this device first.'
          : 'It belongs to another workspace than the one open on this device. Open it with that workspace’s private link.'}
      </p>
      <p className="mt-3 text-lg">
        Students: ask your teacher for the share link or the code of a live class.
      </p>
      <p className="mt-6 flex flex-wrap gap-4">
        <Link href="/teach" className="text-accent underline underline-offset-4">
          Your workspace
        </Link>
        <Link href="/join" className="text-accent underline underline-offset-4">
          Join a class
        </Link>
      </p>
    </div>
  );
}
