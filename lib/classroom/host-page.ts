import 'server-only';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { hostCookieName } from './http';
import { classroomServer } from './server';
import { isClassroomError, type Classroom } from './service';

/**
 * What a teacher's page of a session (dashboard, class screen) loads with the host cookie of this
 * browser: `refused` when it holds none or another's (the page says so, and shows nothing of the
 * session), a 404 page for no such session.
 */
export async function loadAsHost<T>(
  sessionId: string,
  load: (classroom: Classroom, secret: string | undefined) => Promise<T>,
): Promise<
  { refused: true } | { refused: false; value: T; classroom: Classroom; secret: string | undefined }
> {
  const secret = (await cookies()).get(hostCookieName(sessionId))?.value;
  const { classroom } = await classroomServer();
  try {
    const value = await load(classroom, secret);
    return { refused: false, value, classroom, secret };
  } catch (error) {
    if (isClassroomError(error) && (error.status === 401 || error.status === 403)) {
      return { refused: true };
    }
    if (isClassroomError(error) && error.status === 404) notFound();
    throw error;
  }
}
