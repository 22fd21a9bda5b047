import { errorResponse, withCodeLimit } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';
import { sseResponse } from '@/lib/classroom/sse';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ code: string }>;
}

/**
 * Students' live signal: only the teacher's moves (start, next, reveal, end, who may take part).
 * EventSource cannot send the participant header, and it needs none: the stream carries version numbers
 * only, never questions or keys. `?participant=<id>` (the phone's own id, from its view) opens it without
 * the network's wrong-code limit, as a token does for the other student endpoints.
 */
export async function GET(request: Request, { params }: Context) {
  try {
    const { code } = await params;
    const { classroom, events, joinLimiter } = await classroomServer();
    const participantId = new URL(request.url).searchParams.get('participant');
    return await withCodeLimit(
      request,
      joinLimiter,
      async (held) => {
        const session = held ?? (await classroom.sessionByCode(code));
        return sseResponse({
          signal: request.signal,
          events,
          sessionId: session.id,
          version: session.version,
          changes: ['control'],
          throttleMs: 0,
        });
      },
      { authenticate: () => classroom.streamHolder(code, participantId) },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
