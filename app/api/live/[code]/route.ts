import { errorResponse, json, participantToken, withCodeLimit } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ code: string }>;
}

/** A student's own view: built from an allow-list, so keys appear only after reveal (or feedback/end). */
export async function GET(request: Request, { params }: Context) {
  try {
    const { code } = await params;
    const { classroom, joinLimiter } = await classroomServer();
    return await withCodeLimit(request, joinLimiter, async () =>
      json(await classroom.studentView(code, participantToken(request))),
    );
  } catch (error) {
    return errorResponse(error);
  }
}
