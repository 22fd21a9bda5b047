import { NextResponse } from 'next/server';
import { classroomEnv } from '@/lib/classroom/env';
import { clientAddress, errorResponse, hostCookieName, readBody } from '@/lib/classroom/http';
import { joinLink } from '@/lib/classroom/join-link';
import { startSessionSchema } from '@/lib/classroom/schemas';
import { classroomServer } from '@/lib/classroom/server';
import { ClassroomError, teacherPath } from '@/lib/classroom/service';
import { workspaceSecret } from '@/lib/workspace/http';
import { workspaceServer } from '@/lib/workspace/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Starts a live session on a library article (`{ slug, mode, count? }`) or on a workspace article the
 * caller owns (`{ articleId, mode }`: the teacher's selection in their order); the host secret goes only
 * into an httpOnly cookie, never into a URL or body. Each address may start
 * CITED_SESSIONS_PER_ADDRESS_PER_HOUR of them (every one stores a copy of its quiz).
 */
export async function POST(request: Request) {
  try {
    const body = await readBody(request, startSessionSchema);
    const { classroom, sessionLimiter } = await classroomServer();
    const address = clientAddress(request);
    const admitted = await sessionLimiter.admit(address);
    if (admitted.retryAfter > 0) {
      throw new ClassroomError(
        429,
        `This network has started as many sessions as it may in an hour. Try again in ${Math.ceil(admitted.retryAfter / 60)} min.`,
        { reason: 'too-many-sessions', retryAfter: admitted.retryAfter },
      );
    }
    const started = async () => {
      if (!('articleId' in body)) return classroom.createSession(body);
      const workspace = await workspaceServer();
      const { quiz, chosen } = await workspace.teacherQuizOf(
        body.articleId,
        workspaceSecret(request),
      );
      return classroom.startSession({ slug: body.articleId, quiz, questions: chosen }, body);
    };
    let created;
    try {
      created = await started();
      await sessionLimiter.hit(address);
    } finally {
      admitted.done();
    }
    const { session, hostSecret } = created;
    const url = new URL(request.url);
    const response = NextResponse.json(
      {
        id: session.id,
        code: session.code,
        joinUrl: joinLink(request.headers, session.code).url,
        teacherUrl: teacherPath(session),
      },
      { status: 201, headers: { 'Cache-Control': 'no-store' } },
    );
    response.cookies.set({
      name: hostCookieName(session.id),
      value: hostSecret,
      httpOnly: true,
      sameSite: 'lax',
      secure: url.protocol === 'https:',
      path: '/',
      // The teacher can read the results (and the CSV) until they are purged, not only while it runs.
      expires: new Date(session.expiresAt + classroomEnv().CITED_RETENTION_DAYS * 86_400_000),
    });
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
