import { json } from '@/lib/classroom/http';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * Where lib/security/request-start.ts sends a request whose path cannot be decoded (a stray `%`): a 400
 * saying so, whatever the method, instead of Next's 500.
 */
function badPath() {
  return json({ error: 'The address is not valid: a % must be followed by two hex digits.' }, 400);
}

export { badPath as GET, badPath as POST, badPath as PUT, badPath as PATCH, badPath as DELETE };
export { badPath as HEAD, badPath as OPTIONS };
