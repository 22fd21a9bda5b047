import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { HostOnly } from '@/components/classroom/host-only';
import { TeacherDashboard } from '@/components/classroom/teacher-dashboard';
import { classroomEnv } from '@/lib/classroom/env';
import { loadAsHost } from '@/lib/classroom/host-page';
import { joinLink, qrDataUrl } from '@/lib/classroom/join-link';
import { classScreenPath } from '@/lib/classroom/service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const metadata: Metadata = { title: 'Live session' };

interface Props {
  params: Promise<{ slug: string; sessionId: string }>;
}

export default async function LiveSessionPage({ params }: Props) {
  const { slug, sessionId } = await params;
  const host = await loadAsHost(sessionId, (classroom, secret) =>
    classroom.teacherView(sessionId, secret),
  );
  if (host.refused) {
    return (
      <HostOnly heading="Only the teacher who started this session can see it">
        The dashboard opens in the browser that started the session.
      </HostOnly>
    );
  }
  const { value: view, classroom, secret } = host;
  if (view.slug !== slug) notFound();
  const session = await classroom.hostSession(sessionId, secret);
  const passages = (await classroom.loaded(session)).quiz.passages
    .filter((passage) => passage.kind === 'paragraph')
    .map(({ id, number, text }) => ({ id, number: number ?? 0, text }));
  const join = joinLink(await headers(), view.code);
  return (
    <TeacherDashboard
      initialView={view}
      joinUrl={join.url}
      screenHref={classScreenPath({ slug, id: sessionId })}
      joinSource={join.source}
      qrDataUrl={await qrDataUrl(join.url)}
      passages={passages}
      expired={classroom.isExpired(session)}
      retentionDays={classroomEnv().CITED_RETENTION_DAYS}
    />
  );
}
