import { errorResponse, hostCookieName, json, readBody, readCookie } from '@/lib/classroom/http';
import { controlSchema } from '@/lib/classroom/schemas';
import { classroomServer } from '@/lib/classroom/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** start / reveal / next / end, for the host only. */
export async function POST(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const { classroom } = await classroomServer();
    // Authenticate before reading the body, so a stranger learns nothing from validation messages.
    await classroom.hostSession(id, readCookie(request, hostCookieName(id)));
    const { action } = await readBody(request, controlSchema);
    const session = await classroom.control(id, readCookie(request, hostCookieName(id)), action);
    return json({
      status: session.status,
      currentIndex: session.currentIndex,
      revealed: session.revealed,
      version: session.version,
    });
  } catch (error) {
    return errorResponse(error);
  }
}
