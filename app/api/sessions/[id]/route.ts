import { errorResponse, hostCookieName, json, readCookie } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** The teacher's dashboard data: participants, every question with its key, and the results so far. */
export async function GET(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const { classroom } = await classroomServer();
    return json(await classroom.teacherView(id, readCookie(request, hostCookieName(id))));
  } catch (error) {
    return errorResponse(error);
  }
}
