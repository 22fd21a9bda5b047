import { errorResponse, json, readBody, withCodeLimit } from '@/lib/classroom/http';
import { joinSchema } from '@/lib/classroom/schemas';
import { classroomServer } from '@/lib/classroom/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * A student joins with a code and a display name and receives a participant token (kept on the device).
 * Only failed code lookups count against the per-address limit: a whole class behind one school NAT
 * joins from one address, while guessing codes produces nothing but failures. A taken name is refused with
 * a free one to suggest; a locked session refuses; with approval on, the student waits to be admitted.
 */
export async function POST(request: Request) {
  try {
    const { classroom, joinLimiter } = await classroomServer();
    return await withCodeLimit(request, joinLimiter, async () => {
      const body = await readBody(request, joinSchema);
      const { session, participant, token } = await classroom.join(body.code, body.name);
      return json(
        {
          code: session.code,
          participantId: participant.id,
          name: participant.name,
          admission: participant.status,
          token,
        },
        201,
      );
    });
  } catch (error) {
    return errorResponse(error);
  }
}
