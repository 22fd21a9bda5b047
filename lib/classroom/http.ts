import 'server-only';

import type { z } from 'zod';
import { addressKey, clientAddress as addressOf } from '@/lib/security/client-address';
import { peerAddressesRecorded } from '@/lib/security/request-start';
import { crossOriginRefusal } from '@/lib/security/same-origin';
import { classroomEnv } from './env';
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
 * Turns a refusal into `{ error, reason?, retryAfter?, suggestion? }` with its status (and Retry-After). A
 * database out of reach or unusable is a 503 that clients retry (a phone keeps its unsent answer); anything
 * else is logged and answered with a 500.
 */
export function errorResponse(error: unknown): Response {
  if (isClassroomError(error)) {
    const details = error.details ?? {};
    const headers: Record<string, string> = {};
    if (details.retryAfter !== undefined) headers['Retry-After'] = String(details.retryAfter);
    // The rest of an oversized body is not worth receiving: the connection closes after the answer.
    if (error.status === 413) headers.Connection = 'close';
    return json({ error: error.message, ...details }, error.status, headers);
  }
  if (isStoreUnavailable(error)) {
    console.error('[classroom] the database is out of reach or unusable:', error);
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

interface HttpSettings {
  trustProxyHops: number;
  allowedOrigins: ReadonlySet<string>;
}

let settings: HttpSettings | undefined;

/** Read once: the environment does not change while the server runs (and a bad one stops it at start). */
function httpSettings(): HttpSettings {
  if (!settings) {
    const env = classroomEnv();
    settings = {
      trustProxyHops: env.CITED_TRUST_PROXY,
      allowedOrigins: new Set(env.CITED_ALLOWED_ORIGINS),
    };
  }
  return settings;
}

/**
 * Refuses a state change a browser sent from another site (403): its Origin must be this server's (the Host
 * it was sent to, or a configured CITED_ALLOWED_ORIGINS). `readBody` calls it; a route that changes state
 * without reading a body calls it itself.
 */
export function assertSameOrigin(request: Request): void {
  const { trustProxyHops, allowedOrigins } = httpSettings();
  const refusal = crossOriginRefusal(request.headers, {
    trustForwardedHost: trustProxyHops > 0,
    allowedOrigins,
  });
  if (refusal) {
    throw new ClassroomError(
      403,
      `Refused ${refusal}: this server accepts changes from its own pages only.`,
      {
        reason: 'cross-origin',
      },
    );
  }
}

/**
 * Reads a JSON body of at most `maxBytes` (8 kB unless a route needs more) and validates it, after checking
 * that it comes from this site's pages (403) as `application/json` (415: a form or a text/plain body is
 * how another site would try). A body over the limit is cut off as it arrives, whether its length was
 * declared or it is chunked (413). Not JSON → 400, wrong shape → 400 naming the field. Nothing is stored
 * unless this returns.
 */
export async function readBody<T extends z.ZodType>(
  request: Request,
  schema: T,
  maxBytes = MAX_BODY_BYTES,
): Promise<z.output<T>> {
  assertSameOrigin(request);
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new ClassroomError(
      415,
      'The request body must be JSON (Content-Type: application/json).',
      {
        reason: 'not-json',
      },
    );
  }
  const text = await readLimited(request, maxBytes);
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

const tooLarge = () => new ClassroomError(413, 'The request body is too large.');

/** The body as UTF-8 text, refused as soon as more than `limit` bytes have arrived. */
async function readLimited(request: Request, limit: number): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ClassroomError(400, 'The request body is not valid UTF-8 JSON.');
  }
}

/**
 * The client's address for rate limiting, as a limit's key (an IPv6 client by its /64): the socket's
 * address, or with CITED_TRUST_PROXY=N the one the outermost of the operator's N proxies saw.
 */
export function clientAddress(request: Request): string {
  return addressKey(
    addressOf(request.headers, {
      trustProxyHops: httpSettings().trustProxyHops,
      peerRecorded: peerAddressesRecorded(),
    }),
  );
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

/** A cookie's value; a malformed one (a stray `%`) reads as absent, so the caller answers 401, never 500. */
export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index > 0 && part.slice(0, index).trim() === name) {
      try {
        return decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/**
 * Runs a handler that looks a session up by join code. Every "no such code" counts against the caller's
 * address, and a limited address is refused before any lookup, so no endpoint can be used to enumerate
 * codes. `authenticate` (a participant's token, which tells nothing about codes) lets a student who has
 * joined through without the check: a network's wrong codes never stop its students from taking part.
 */
export async function withCodeLimit<T>(
  request: Request,
  limiter: AttemptLimiter,
  handler: (authenticated: T | null) => Promise<Response> | Response,
  options: { authenticate?: () => Promise<T | null> } = {},
): Promise<Response> {
  const address = clientAddress(request);
  let done = () => {};
  try {
    const authenticated = (await options.authenticate?.()) ?? null;
    if (authenticated === null) {
      const admitted = await limiter.admit(address);
      if (admitted.retryAfter > 0) {
        return errorResponse(
          new ClassroomError(
            429,
            `Too many wrong codes from this network. Try again in ${admitted.retryAfter} s.`,
            { reason: 'wrong-codes', retryAfter: admitted.retryAfter },
          ),
        );
      }
      done = admitted.done;
    }
    return await handler(authenticated);
  } catch (error) {
    if (isClassroomError(error) && error.status === 404) {
      try {
        await limiter.hit(address);
      } catch (hitError) {
        return errorResponse(hitError);
      }
    }
    return errorResponse(error);
  } finally {
    done();
  }
}
