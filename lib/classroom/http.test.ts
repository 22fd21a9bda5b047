import { describe, expect, it, vi } from 'vitest';
import { readBody, readCookie, withCodeLimit } from './http';
import { CodeGuessLimiter } from './rate-limit';
import { joinSchema } from './schemas';
import { ClassroomError, isClassroomError } from './service';
import { SqliteStore } from './sqlite-store';

vi.mock('server-only', () => ({}));

const JSON_TYPE = { 'content-type': 'application/json' };

const post = (
  body: string | ReadableStream<Uint8Array>,
  headers: Record<string, string> = JSON_TYPE,
) =>
  new Request('http://test/api/join', {
    method: 'POST',
    body,
    headers: { host: 'test', ...headers },
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (isClassroomError(error)) return { status: error.status, message: error.message };
  }
  throw new Error('expected a refusal');
}

describe('readBody', () => {
  it.each([
    ['{"code":"ABC234","name":"x"}', null],
    ['{"code":"ABC234"', 400],
    ['[]', 400],
    [JSON.stringify({ code: 'ABC234', name: 'x'.repeat(9000) }), 413],
  ])('%s → %s', async (body, status) => {
    if (status === null) {
      await expect(readBody(post(body), joinSchema)).resolves.toEqual({
        code: 'ABC234',
        name: 'x',
      });
    } else {
      expect((await refusal(readBody(post(body), joinSchema))).status).toBe(status);
    }
  });

  it('takes a larger limit where a route needs one', async () => {
    const body = JSON.stringify({ code: 'ABC234', name: 'x', pad: 'y'.repeat(20_000) });
    const loose = joinSchema.loose();
    expect((await refusal(readBody(post(body), loose))).status).toBe(413);
    await expect(readBody(post(body), loose, 64 * 1024)).resolves.toMatchObject({ code: 'ABC234' });
  });

  it('refuses a declared length over the limit before reading', async () => {
    const result = await refusal(
      readBody(post('{}', { ...JSON_TYPE, 'content-length': '999999' }), joinSchema),
    );
    expect(result.status).toBe(413);
  });

  it('cuts a streamed body off as soon as it passes the limit, without reading the rest', async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode(`"${'x'.repeat(1022)}",`);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        controller.enqueue(chunk);
      },
    });
    const result = await refusal(readBody(post(endless), joinSchema));
    expect(result.status).toBe(413);
    // 8 kB is 8 chunks of 1 kB: it stopped pulling right after the one that crossed the limit.
    expect(sent).toBeLessThanOrEqual(12);
  });

  it.each([
    ['no type', {}],
    ['text/plain', { 'content-type': 'text/plain' }],
    ['a form', { 'content-type': 'application/x-www-form-urlencoded' }],
  ])('refuses a body sent as %s with 415', async (_name, headers) => {
    const result = await refusal(
      readBody(post('{"code":"ABC234","name":"x"}', headers), joinSchema),
    );
    expect(result.status).toBe(415);
  });

  it('accepts JSON with a charset', async () => {
    const body = post('{"code":"ABC234","name":"x"}', {
      'content-type': 'application/json; charset=utf-8',
    });
    await expect(readBody(body, joinSchema)).resolves.toEqual({ code: 'ABC234', name: 'x' });
  });

  it.each([
    ['another site', { origin: 'https://evil.example' }, 403],
    ['an opaque origin', { origin: 'null' }, 403],
    ['a cross-site fetch without Origin', { 'sec-fetch-site': 'cross-site' }, 403],
    ['its own page', { origin: 'http://test' }, null],
    ['a client that is not a browser', {}, null],
  ])('from %s → %s', async (_name, headers, status) => {
    const request = post('{"code":"ABC234","name":"x"}', { ...JSON_TYPE, ...headers });
    if (status === null) await expect(readBody(request, joinSchema)).resolves.toBeTruthy();
    else expect((await refusal(readBody(request, joinSchema))).status).toBe(status);
  });

  it('names the field that is wrong', async () => {
    const result = await refusal(readBody(post('{"code":"ABC234","name":""}'), joinSchema));
    expect(result.message).toBe('Invalid request: name: name must not be empty');
  });
});

describe('readCookie', () => {
  it('finds one cookie among several', () => {
    const request = new Request('http://test/', {
      headers: { cookie: 'a=1; cited_host_x=s%3Dcret; b=2' },
    });
    expect(readCookie(request, 'cited_host_x')).toBe('s=cret');
    expect(readCookie(request, 'cited_host_y')).toBeUndefined();
  });

  it('reads a malformed value (a stray %) as absent instead of throwing', () => {
    const request = new Request('http://test/', { headers: { cookie: 'cited_host_x=%E0%A4%A' } });
    expect(readCookie(request, 'cited_host_x')).toBeUndefined();
  });
});

describe('withCodeLimit', () => {
  it('counts only unknown codes, and answers 429 with Retry-After once limited', async () => {
    const limiter = new CodeGuessLimiter(new SqliteStore(':memory:'), {
      perAddress: 2,
      windowMs: 60_000,
    });
    const request = new Request('http://test/');
    const missing = () => {
      throw new ClassroomError(404, 'No session has that code.');
    };
    const gone = () => {
      throw new ClassroomError(410, 'expired');
    };
    expect((await withCodeLimit(request, limiter, gone)).status).toBe(410);
    expect((await withCodeLimit(request, limiter, missing)).status).toBe(404);
    expect((await withCodeLimit(request, limiter, missing)).status).toBe(404);
    const limited = await withCodeLimit(request, limiter, () => Response.json({}));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 503 when the database is out of reach, and counts nothing', async () => {
    const store = new SqliteStore(':memory:');
    const limiter = new CodeGuessLimiter(store, { perAddress: 2, windowMs: 60_000 });
    const request = new Request('http://test/');
    const unreachable = () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
      });
    };
    const response = await withCodeLimit(request, limiter, unreachable);
    expect(response.status).toBe(503);
    expect(((await response.json()) as { error: string }).error).toMatch(
      /cannot reach its database/,
    );
    expect(await store.attempts(['wrong-code:unknown'], 60_000, Date.now())).toEqual(new Map());
  });

  it('lets an authenticated caller through a limited address, and counts nothing for it', async () => {
    const store = new SqliteStore(':memory:');
    const limiter = new CodeGuessLimiter(store, { perAddress: 1, windowMs: 60_000 });
    const request = new Request('http://test/');
    const missing = () => {
      throw new ClassroomError(404, 'No session has that code.');
    };
    expect((await withCodeLimit(request, limiter, missing)).status).toBe(404);
    expect((await withCodeLimit(request, limiter, () => Response.json({}))).status).toBe(429);
    const holder = { participant: 'p1' };
    const seen: unknown[] = [];
    const response = await withCodeLimit(
      request,
      limiter,
      (authenticated) => {
        seen.push(authenticated);
        return Response.json({});
      },
      { authenticate: async () => holder },
    );
    expect(response.status).toBe(200);
    expect(seen).toEqual([holder]);
    // A token that does not check out is no way around the limit.
    const forged = await withCodeLimit(request, limiter, () => Response.json({}), {
      authenticate: async () => null,
    });
    expect(forged.status).toBe(429);
    expect(((await forged.json()) as { reason: string }).reason).toBe('wrong-codes');
  });
});
