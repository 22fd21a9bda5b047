import { errorResponse, json, participantToken, withCodeLimit } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ code: string }>;
}

/** The session's article, for a student who joined (a workspace article has no public page). */
export async function GET(request: Request, { params }: Context) {
  try {
    const { code } = await params;
    const { classroom, joinLimiter } = await classroomServer();
    return await withCodeLimit(request, joinLimiter, async () =>
      json(await classroom.sessionArticle(code, participantToken(request))),
    );
  } catch (error) {
    return errorResponse(error);
  }
}
