import {
  errorResponse,
  json,
  participantToken,
  readBody,
  withCodeLimit,
} from '@/lib/classroom/http';
import { answerSchema } from '@/lib/classroom/schemas';
import { classroomServer } from '@/lib/classroom/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ code: string }>;
}

/**
 * Stores an answer (committed before this responds) and acknowledges it. Idempotent per participant and
 * question: the phone resends with the same submission id until it sees a 2xx. A valid token skips the
 * network's wrong-code limit, so a class's typos never cost a student's answer.
 */
export async function POST(request: Request, { params }: Context) {
  try {
    const { code } = await params;
    const { classroom, joinLimiter } = await classroomServer();
    const token = participantToken(request);
    return await withCodeLimit(
      request,
      joinLimiter,
      async (holder) => {
        // Authenticate before reading the body, so a stranger learns nothing from validation messages.
        const who = holder ?? (await classroom.participant(code, token));
        const body = await readBody(request, answerSchema);
        const ack = await classroom.answer(who, body);
        return json(ack, ack.created ? 201 : 200);
      },
      { authenticate: () => classroom.tokenHolder(code, token) },
    );
  } catch (error) {
    return errorResponse(error);
  }
}
