import { NextResponse } from 'next/server';
import { ClassroomError } from '@/lib/classroom/service';
import { errorResponse, readBody } from '@/lib/classroom/http';
import { setWorkspaceCookie } from '@/lib/workspace/http';
import { openWorkspaceSchema } from '@/lib/workspace/schemas';
import { workspaceServer } from '@/lib/workspace/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Opens a workspace on this device from its private link's secret: sets the cookie. */
export async function POST(request: Request) {
  try {
    const { secret } = await readBody(request, openWorkspaceSchema);
    const workspace = await workspaceServer();
    if (!(await workspace.workspaceOf(secret))) {
      throw new ClassroomError(
        403,
        'This workspace link does not open any workspace: it may have been replaced by a newer one.',
      );
    }
    const response = NextResponse.json(
      { open: true },
      { headers: { 'Cache-Control': 'no-store' } },
    );
    setWorkspaceCookie(response, request, secret);
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
