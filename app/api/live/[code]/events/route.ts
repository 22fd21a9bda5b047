import { errorResponse, withCodeLimit } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';
import { sseResponse } from '@/lib/classroom/sse';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ code: string }>;
}

/**
 * Students' live signal: only the teacher's moves (start, next, reveal, end). EventSource cannot send the
 * participant header, and it needs none: the stream carries version numbers only, never questions or keys.
 */
export async function GET(request: Request, { params }: Context) {
  try {
    const { code } = await params;
    const { classroom, events, joinLimiter } = await classroomServer();
    return await withCodeLimit(request, joinLimiter, async () => {
      const session = await classroom.sessionByCode(code);
      return sseResponse({
        signal: request.signal,
        events,
        sessionId: session.id,
        version: session.version,
        changes: ['control'],
        throttleMs: 0,
      });
    });
  } catch (error) {
    return errorResponse(error);
  }
}
