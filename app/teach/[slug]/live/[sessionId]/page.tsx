import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TeacherDashboard } from '@/components/classroom/teacher-dashboard';
import { classroomEnv } from '@/lib/classroom/env';
import { hostCookieName } from '@/lib/classroom/http';
import { joinLink, qrDataUrl } from '@/lib/classroom/join-link';
import { classroomServer } from '@/lib/classroom/server';
import { isClassroomError, type TeacherView } from '@/lib/classroom/service';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

export const metadata: Metadata = { title: 'Live session' };

interface Props {
  params: Promise<{ slug: string; sessionId: string }>;
}

export default async function LiveSessionPage({ params }: Props) {
  const { slug, sessionId } = await params;
  const secret = (await cookies()).get(hostCookieName(sessionId))?.value;
  const { classroom } = await classroomServer();
  let view: TeacherView;
  try {
    view = await classroom.teacherView(sessionId, secret);
  } catch (error) {
    if (isClassroomError(error) && (error.status === 401 || error.status === 403)) {
      return (
        <>
          <h1 className="text-3xl font-bold">
            Only the teacher who started this session can see it
          </h1>
          <p className="mt-3 text-lg text-muted">
            The dashboard opens in the browser that started the session. Students join at{' '}
            <Link href="/join" className="text-accent underline underline-offset-4">
              Join a class
            </Link>
            .
          </p>
        </>
      );
    }
    if (isClassroomError(error) && error.status === 404) notFound();
    throw error;
  }
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
      joinSource={join.source}
      qrDataUrl={await qrDataUrl(join.url)}
      passages={passages}
      expired={classroom.isExpired(session)}
      retentionDays={classroomEnv().CITED_RETENTION_DAYS}
    />
  );
}
