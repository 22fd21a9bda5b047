import { errorResponse, json, participantToken, withCodeLimit } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ code: string }>;
}

/**
 * A student's own view: built from an allow-list, so keys appear only after reveal (or feedback/end). A
 * student holding a valid token for this code is never held up by the network's wrong-code limit.
 */
export async function GET(request: Request, { params }: Context) {
  try {
    const { code } = await params;
    const { classroom, joinLimiter } = await classroomServer();
    const token = participantToken(request);
    return await withCodeLimit(
      request,
      joinLimiter,
      async (holder) =>
        json(await classroom.studentView(holder ?? (await classroom.participant(code, token)))),
      { authenticate: () => classroom.tokenHolder(code, token) },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
