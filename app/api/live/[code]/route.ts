import { json, participantToken, withCodeLimit } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ code: string }>;
}

/** A student's own view: built from an allow-list, so keys appear only after reveal (or feedback/end). */
export async function GET(request: Request, { params }: Context) {
  const { code } = await params;
  const { classroom, joinLimiter } = classroomServer();
  return withCodeLimit(request, joinLimiter, () =>
    json(classroom.studentView(code, participantToken(request))),
  );
}
