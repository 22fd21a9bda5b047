import { errorResponse, withCodeLimit } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';
import { sseResponse, versionMessage } from '@/lib/classroom/sse';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ code: string }>;
}

/**
 * Students' live signal: only the teacher's moves (start, next, reveal, end, who may take part).
 * EventSource cannot send the participant header; `?participant=<id>` (the phone's own id, from its view)
 * opens it without the network's wrong-code limit, as a token does for the other student endpoints. A phone
 * whose id is admitted to the session gets each move's public state with it (what every phone shows alike,
 * never another student's answers, the key only once revealed), so a class of hundreds shows the next
 * question without one fetch; any other stream gets the version alone and fetches its view with its token.
 */
export async function GET(request: Request, { params }: Context) {
  try {
    const { code } = await params;
    const { classroom, events, joinLimiter, liveStates } = await classroomServer();
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
          describe: async (version) => {
            const read = await liveStates.get(session.id, version);
            if (!read) return versionMessage(version);
            const { state, admitted } = read;
            return participantId && admitted.has(participantId)
              ? JSON.stringify({ version: state.version, state })
              : versionMessage(state.version);
          },
        });
      },
      { authenticate: () => classroom.streamHolder(code, participantId) },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
