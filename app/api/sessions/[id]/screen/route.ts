import { errorResponse, hostCookieName, json, readCookie } from '@/lib/classroom/http';
import { classroomServer } from '@/lib/classroom/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** The class screen's data: the teacher's cookie, as the dashboard; no key before the reveal, no names. */
export async function GET(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const { classroom } = await classroomServer();
    return json(await classroom.classScreenView(id, readCookie(request, hostCookieName(id))));
  } catch (error) {
    return errorResponse(error);
  }
}
