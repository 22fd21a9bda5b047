import 'server-only';

import type { z } from 'zod';
import type { AttemptLimiter } from './rate-limit';
import { MAX_BODY_BYTES } from './schemas';
import { ClassroomError, isClassroomError } from './service';
import { isStoreUnavailable } from './store-errors';

export const PARTICIPANT_TOKEN_HEADER = 'x-participant-token';

/** One httpOnly cookie per session, so a teacher can run two classes in two tabs. */
export const hostCookieName = (sessionId: string) => `cited_host_${sessionId}`;

const NO_STORE = { 'Cache-Control': 'no-store' };

export function json(data: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(data, { status, headers: { ...NO_STORE, ...headers } });
}

/**
 * Turns a refusal into `{ error }` with its status. A database out of reach is a 503 that clients retry
 * (a phone keeps its unsent answer); anything else is logged and answered with a 500.
 */
export function errorResponse(error: unknown): Response {
  if (isClassroomError(error)) return json({ error: error.message }, error.status);
  if (isStoreUnavailable(error)) {
    console.error('[classroom] the database is out of reach:', error);
    return json(
      { error: 'The server cannot reach its database right now. Try again shortly.' },
      503,
      {
        'Retry-After': '2',
      },
    );
  }
  console.error('[classroom]', error);
  return json({ error: 'Something went wrong on the server. Try again.' }, 500);
}

/**
 * Reads a JSON body of at most `maxBytes` (8 kB unless a route needs more, as an article does) and
 * validates it. Too big → 413, not JSON → 400, wrong shape → 400 naming the field. Nothing is stored
 * unless this returns.
 */
export async function readBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes = MAX_BODY_BYTES,
): Promise<z.output<T>> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > maxBytes) throw new ClassroomError(413, 'The request body is too large.');
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) {
    throw new ClassroomError(413, 'The request body is too large.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ClassroomError(400, 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const reason = parsed.error.issues
      .map((issue) =>
        issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
      )
      .join('; ');
    throw new ClassroomError(400, `Invalid request: ${reason}`);
  }
  return parsed.data;
}

/**
 * The client's address for rate limiting. `next start` fills x-forwarded-for with the socket address when
 * the request has none; behind a reverse proxy, the proxy must overwrite (not append to) that header, or a
 * client could pick its own key.
 */
export function clientAddress(request: Request): string {
  return request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || 'unknown';
}

/** The origin the browser used (the Host header), for links shown to people: the join URL and QR code. */
export function requestOrigin(headers: Headers): string {
  const host = headers.get('x-forwarded-host') ?? headers.get('host') ?? 'localhost';
  const protocol = headers.get('x-forwarded-proto') ?? 'http';
  return `${protocol}://${host}`;
}

export function participantToken(request: Request): string | null {
  const token = request.headers.get(PARTICIPANT_TOKEN_HEADER);
  return token && token.length <= 100 ? token : null;
}

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      return decodeURIComponent(part.slice(index + 1).trim());
    }
  }
  return undefined;
}

/**
 * Runs a handler that looks a session up by join code. Every "no such code" counts against the caller's
 * address, and a limited address is refused before any lookup, so no endpoint can be used to enumerate codes.
 */
export async function withCodeLimit(
  request: Request,
  limiter: AttemptLimiter,
  handler: () => Promise<Response> | Response,
): Promise<Response> {
  const address = clientAddress(request);
  try {
    const retryAfter = await limiter.retryAfter(address);
    if (retryAfter > 0) {
      return json({ error: `Too many wrong codes. Try again in ${retryAfter} s.` }, 429, {
        'Retry-After': String(retryAfter),
      });
    }
    return await handler();
  } catch (error) {
    if (isClassroomError(error) && error.status === 404) {
      try {
        await limiter.hit(address);
      } catch (hitError) {
        return errorResponse(hitError);
      }
    }
    return errorResponse(error);
  }
}
