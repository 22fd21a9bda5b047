import { describe, expect, it, vi } from 'vitest';
import { readBody, readCookie, withCodeLimit } from './http';
import { CodeGuessLimiter } from './rate-limit';
import { joinSchema } from './schemas';
import { ClassroomError, isClassroomError } from './service';
import { SqliteStore } from './sqlite-store';

vi.mock('server-only', () => ({}));

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request('http://test/api/join', { method: 'POST', body, headers });

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

  it('refuses a declared length over the limit before reading', async () => {
    const result = await refusal(readBody(post('{}', { 'content-length': '999999' }), joinSchema));
    expect(result.status).toBe(413);
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
});

describe('withCodeLimit', () => {
  it('counts only unknown codes, and answers 429 with Retry-After once limited', async () => {
    const limiter = new CodeGuessLimiter(new SqliteStore(':memory:'), {
      perAddress: 2,
      total: 100,
      windowMs: 60_000,
    });
    const request = new Request('http://test/', { headers: { 'x-forwarded-for': '10.0.0.1' } });
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
    const limiter = new CodeGuessLimiter(store, { perAddress: 2, total: 100, windowMs: 60_000 });
    const request = new Request('http://test/', { headers: { 'x-forwarded-for': '10.0.0.2' } });
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
    expect(await store.attempts(['join-code:10.0.0.2'], 60_000, Date.now())).toEqual(new Map());
  });
});
