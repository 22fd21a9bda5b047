import 'server-only';

import type { NextResponse } from 'next/server';
import { readCookie } from '@/lib/classroom/http';

/** The workspace secret's cookie: httpOnly, so no script on any page can read it. */
export const WORKSPACE_COOKIE = 'cited_workspace';

export function workspaceSecret(request: Request): string | undefined {
  return readCookie(request, WORKSPACE_COOKIE);
}

/** Sets (or replaces) the workspace cookie for about a year: the teacher's device stays signed in. */
export function setWorkspaceCookie(response: NextResponse, request: Request, secret: string): void {
  response.cookies.set({
    name: WORKSPACE_COOKIE,
    value: secret,
    httpOnly: true,
    sameSite: 'lax',
    secure: new URL(request.url).protocol === 'https:',
    path: '/',
    maxAge: 400 * 86_400,
  });
}

/** The private link that opens the workspace on another device; the secret rides in the fragment,
 * which browsers never send to a server or put in a Referer. */
export function workspaceLink(origin: string, secret: string): string {
  return `${origin}/teach/open#${secret}`;
}
