import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { ClassScreen } from '@/components/classroom/class-screen';
import { HostOnly } from '@/components/classroom/host-only';
import { loadAsHost } from '@/lib/classroom/host-page';
import { joinLink, qrDataUrl } from '@/lib/classroom/join-link';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const metadata: Metadata = { title: 'Class screen' };

interface Props {
  params: Promise<{ slug: string; sessionId: string }>;
}

/**
 * The projector's page of a live session. It opens where the teacher's dashboard does (the browser that
 * started the session holds its cookie), and even there it carries no key before the reveal.
 */
export default async function ClassScreenPage({ params }: Props) {
  const { slug, sessionId } = await params;
  const host = await loadAsHost(sessionId, (classroom, secret) =>
    classroom.classScreenView(sessionId, secret),
  );
  if (host.refused) {
    return (
      <HostOnly heading="Only the teacher who started this session can open its class screen">
        Open it from the dashboard, in the browser that started the session.
      </HostOnly>
    );
  }
  const view = host.value;
  if (view.slug !== slug) notFound();
  const join = joinLink(await headers(), view.code);
  return (
    <ClassScreen initialView={view} joinUrl={join.url} qrDataUrl={await qrDataUrl(join.url)} />
  );
}
