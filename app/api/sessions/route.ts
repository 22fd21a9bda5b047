import { NextResponse } from 'next/server';
import { classroomEnv } from '@/lib/classroom/env';
import { errorResponse, hostCookieName, readBody, requestOrigin } from '@/lib/classroom/http';
import { startSessionSchema } from '@/lib/classroom/schemas';
import { classroomServer } from '@/lib/classroom/server';
import { teacherPath } from '@/lib/classroom/service';
import { workspaceSecret } from '@/lib/workspace/http';
import { workspaceServer } from '@/lib/workspace/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Starts a live session on a library article (`{ slug, mode, count? }`) or on a workspace article the
 * caller owns (`{ articleId, mode }`: the teacher's selection in their order); the host secret goes only
 * into an httpOnly cookie, never into a URL or body.
 */
export async function POST(request: Request) {
  try {
    const body = await readBody(request, startSessionSchema);
    const { classroom } = await classroomServer();
    const started = async () => {
      if (!('articleId' in body)) return classroom.createSession(body);
      const workspace = await workspaceServer();
      const { quiz, chosen } = await workspace.teacherQuizOf(
        body.articleId,
        workspaceSecret(request),
      );
      return classroom.startSession({ slug: body.articleId, quiz, questions: chosen }, body);
    };
    const { session, hostSecret } = await started();
    const url = new URL(request.url);
    const response = NextResponse.json(
      {
        id: session.id,
        code: session.code,
        joinUrl: `${requestOrigin(request.headers)}/join?code=${session.code}`,
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
