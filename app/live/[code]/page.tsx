import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { StudentLive } from '@/components/classroom/student-live';
import { normalizeJoinCode } from '@/lib/classroom/secrets';

export const metadata: Metadata = { title: 'Live class' };

interface Props {
  params: Promise<{ code: string }>;
}

/**
 * A shell only: the session is looked up by the client through the rate-limited API (with the device's
 * participant token), so this page cannot be used to probe which codes exist.
 */
export default async function LivePage({ params }: Props) {
  const code = normalizeJoinCode((await params).code);
  if (!code) notFound();
  return <StudentLive code={code} />;
}
