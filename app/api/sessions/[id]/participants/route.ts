import { errorResponse, hostCookieName, json, readBody, readCookie } from '@/lib/classroom/http';
import { participantsSchema } from '@/lib/classroom/schemas';
import { classroomServer } from '@/lib/classroom/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

interface Context {
  params: Promise<{ id: string }>;
}

/** The host admits waiting students or removes students (a removed student's phone is refused at once). */
export async function POST(request: Request, { params }: Context) {
  try {
    const { id } = await params;
    const { classroom } = await classroomServer();
    const secret = readCookie(request, hostCookieName(id));
    // Authenticate before reading the body, so a stranger learns nothing from validation messages.
    await classroom.hostSession(id, secret);
    const body = await readBody(request, participantsSchema);
    return json(await classroom.setParticipants(id, secret, body));
  } catch (error) {
    return errorResponse(error);
  }
}
