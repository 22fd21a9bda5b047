import { errorResponse, hostCookieName, readCookie } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';
import { sseResponse } from '@/lib/classroom/sse';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** The teacher's live signal: every join, answer and control change (answers coalesced to 4 a second). */
export async function GET(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const { classroom, events } = await classroomServer();
    const session = await classroom.hostSession(id, readCookie(request, hostCookieName(id)));
    return sseResponse({
      signal: request.signal,
      events,
      sessionId: session.id,
      version: session.version,
      changes: ['control', 'activity'],
      throttleMs: 250,
    });
  } catch (error) {
    return errorResponse(error);
  }
}
