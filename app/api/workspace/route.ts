import { NextResponse } from 'next/server';
import { assertSameOrigin, errorResponse, json, requestOrigin } from '@/lib/classroom/http';
import { setWorkspaceCookie, workspaceLink, workspaceSecret } from '@/lib/workspace/http';
import { workspaceServer } from '@/lib/workspace/server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Whether this device has a workspace open. */
export async function GET(request: Request) {
  try {
    const workspace = await workspaceServer();
    return json({ open: (await workspace.workspaceOf(workspaceSecret(request))) !== null });
  } catch (error) {
    return errorResponse(error);
  }
}

/**
 * A new private link: the old one, and the cookie of every other device, stop working. The new link is
 * in the answer once; this device keeps the workspace open.
 */
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    const workspace = await workspaceServer();
    const secret = await workspace.replaceSecret(workspaceSecret(request));
    const response = NextResponse.json(
      { workspaceUrl: workspaceLink(requestOrigin(request.headers), secret) },
      { headers: { 'Cache-Control': 'no-store' } },
    );
    setWorkspaceCookie(response, request, secret);
    return response;
  } catch (error) {
    return errorResponse(error);
  }
}
