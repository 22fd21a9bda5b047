import { errorResponse, hostCookieName, readCookie } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';
import { sseResponse, versionMessage } from '@/lib/classroom/sse';
import type { SessionSnapshot } from '@/lib/classroom/store';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/**
 * The teacher's live signal: every join, answer and control change (answers coalesced to 4 a second).
 * Joins and answers come as a delta from the stream's previous message (lib/classroom/teacher-delta.ts),
 * so a dashboard of hundreds of students keeps up without fetching its whole view; a teacher's move, or
 * anything a delta cannot say, comes as the version alone, and the dashboard fetches its view.
 */
export async function GET(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const { classroom, events } = await classroomServer();
    const session = await classroom.hostSession(id, readCookie(request, hostCookieName(id)));
    // What this stream has told the dashboard so far: the first message's version is this snapshot's,
    // so a dashboard at that version (or that fetches its view then) holds everything in it.
    let told: SessionSnapshot | null = await classroom.teacherSnapshot(session.id);
    let toldVersion = told?.session.version ?? session.version;
    return sseResponse({
      signal: request.signal,
      events,
      sessionId: session.id,
      version: toldVersion,
      changes: ['control', 'activity'],
      throttleMs: 250,
      describe: async (version, change) => {
        const before = told;
        const from = toldVersion;
        // Should this read fail, the dashboard fetches its view, and the next message starts afresh.
        told = null;
        toldVersion = version;
        const now = await classroom.teacherSnapshot(session.id);
        if (!now) return versionMessage(version);
        told = now;
        toldVersion = now.session.version;
        const delta =
          change === 'activity' && before ? classroom.teacherDelta(before, now, from) : null;
        return delta
          ? JSON.stringify({ version: delta.version, delta })
          : versionMessage(toldVersion);
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
