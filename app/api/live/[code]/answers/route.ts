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
 * question: the phone resends with the same submission id until it sees a 2xx.
 */
export async function POST(request: Request, { params }: Context) {
  try {
    const { code } = await params;
    const { classroom, joinLimiter } = await classroomServer();
    return await withCodeLimit(request, joinLimiter, async () => {
      // Authenticate before reading the body, so a stranger learns nothing from validation messages.
      const who = await classroom.participant(code, participantToken(request));
      const body = await readBody(request, answerSchema);
      const ack = await classroom.answer(who, body);
      return json(ack, ack.created ? 201 : 200);
    });
  } catch (error) {
    return errorResponse(error);
  }
}
