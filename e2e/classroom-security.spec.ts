import { createHash } from 'node:crypto';
import { request as http } from 'node:http';
import type { APIRequestContext } from '@playwright/test';
import { SLUG, Student, expect, liveQuestionsOf, test } from './classroom-fixtures';

const [question] = liveQuestionsOf(SLUG);

// The shared server's limits are shared by every spec (all from 127.0.0.1): nothing here sends a wrong
// code. The limits themselves are tested in classroom-attacks.spec.ts, on servers of their own.

async function createSession(request: APIRequestContext) {
  const response = await request.post('/api/sessions', {
    data: { slug: SLUG, mode: 'teacher' },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; code: string };
}

async function join(request: APIRequestContext, code: string, name: string) {
  const response = await request.post('/api/join', { data: { code, name } });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { token: string; participantId: string };
}

test.describe('hostile and bad requests', () => {
  test('students need their own token for their own session', async ({ request }) => {
    if (!question) throw new Error('no live question');
    const a = await createSession(request);
    const b = await createSession(request);
    const ana = await join(request, a.code, 'Ana');
    const eve = await join(request, b.code, 'Eve');
    await request.post(`/api/sessions/${a.id}/control`, { data: { action: 'start' } });

    expect((await request.get(`/api/live/${a.code}`)).status()).toBe(401);
    const foreign = await request.get(`/api/live/${a.code}`, {
      headers: { 'x-participant-token': eve.token },
    });
    expect(foreign.status()).toBe(403);
    const answer = {
      questionId: question.id,
      choice: question.answer,
      submissionId: 'abcdefgh-01',
    };
    const stolen = await request.post(`/api/live/${a.code}/answers`, {
      headers: { 'x-participant-token': eve.token },
      data: answer,
    });
    expect(stolen.status()).toBe(403);
    const forged = await request.post(`/api/live/${a.code}/answers`, {
      headers: { 'x-participant-token': 'not-a-real-token' },
      data: answer,
    });
    expect(forged.status()).toBe(403);
    const view = (await (await request.get(`/api/sessions/${a.id}`)).json()) as {
      results: { questions: { answered: number }[] };
    };
    expect(view.results.questions[0]?.answered).toBe(0);

    // The student's own token works, and a resend of the same submission is acknowledged, not doubled.
    const own = { headers: { 'x-participant-token': ana.token }, data: answer };
    expect((await request.post(`/api/live/${a.code}/answers`, own)).status()).toBe(201);
    expect((await request.post(`/api/live/${a.code}/answers`, own)).status()).toBe(200);
  });

  test('bodies are validated: too big, not JSON, wrong shape → refused with a reason, nothing stored', async ({
    request,
  }) => {
    const session = await createSession(request);
    const headers = { 'content-type': 'application/json' };
    const huge = await request.post('/api/join', {
      headers,
      data: Buffer.from(JSON.stringify({ code: session.code, name: 'x'.repeat(9000) })),
    });
    expect(huge.status()).toBe(413);
    const malformed = await request.post('/api/join', {
      headers,
      data: Buffer.from('{"code": "AB'),
    });
    expect(malformed.status()).toBe(400);
    expect(((await malformed.json()) as { error: string }).error).toMatch(/not valid JSON/);
    for (const [body, reason] of [
      [{ code: session.code, name: '   ' }, /name: name must not be empty/],
      [{ code: session.code, name: 'x'.repeat(41) }, /at most 40/],
      [{ code: session.code, name: 'Ana', role: 'teacher' }, /role|Unrecognized/i],
      [{ code: session.code }, /name/],
    ] as const) {
      const response = await request.post('/api/join', { headers, data: body });
      expect(response.status()).toBe(400);
      expect(((await response.json()) as { error: string }).error).toMatch(reason);
    }
    const badAction = await request.post(`/api/sessions/${session.id}/control`, {
      data: { action: 'delete-everything' },
    });
    expect(badAction.status()).toBe(400);
    const view = (await (await request.get(`/api/sessions/${session.id}`)).json()) as {
      participants: unknown[];
      status: string;
    };
    expect(view.participants).toEqual([]);
    expect(view.status).toBe('lobby');
  });

  test('teacher endpoints refuse anyone without the host cookie', async ({
    request,
    playwright,
  }) => {
    const session = await createSession(request);
    const stranger = await playwright.request.newContext();
    expect((await stranger.get(`/api/sessions/${session.id}`)).status()).toBe(401);
    expect((await stranger.get(`/api/sessions/${session.id}/csv`)).status()).toBe(401);
    expect((await stranger.get(`/api/sessions/${session.id}/events`)).status()).toBe(401);
    const control = await stranger.post(`/api/sessions/${session.id}/control`, {
      data: { action: 'end' },
    });
    expect(control.status()).toBe(401);
    const forged = await stranger.post(`/api/sessions/${session.id}/control`, {
      data: { action: 'end' },
      headers: { cookie: `cited_host_${session.id}=guessed` },
    });
    expect(forged.status()).toBe(403);
    await stranger.dispose();
    const view = (await (await request.get(`/api/sessions/${session.id}`)).json()) as {
      status: string;
    };
    expect(view.status).toBe('lobby');
  });

  test('the teacher dashboard is closed to other browsers', async ({ request, page }) => {
    const session = await createSession(request);
    await page.goto(`/teach/${SLUG}/live/${session.id}`);
    await expect(
      page.getByRole('heading', { name: /Only the teacher who started this session/ }),
    ).toBeVisible();
    await expect(page.getByText(session.code)).toHaveCount(0);
  });

  test('a script in a display name is shown as text everywhere', async ({
    page,
    browser,
    teachHub,
  }) => {
    await teachHub.goto();
    const code = await teachHub.startLive('Teacher-paced');
    const name = '<script>window.__pwned=1</script>';
    const student = await Student.open(browser, name);
    await student.join(code);
    await expect(student.page.getByText(`Class ${code} · ${name}`)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Students' }).getByText(name)).toBeVisible();
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(
      await student.page.evaluate(() => (window as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await student.close();
  });

  test('a state change from another site, or not sent as JSON, is refused and changes nothing', async ({
    request,
    baseURL,
  }) => {
    const session = await createSession(request);
    const control = `/api/sessions/${session.id}/control`;
    const crossSite = await request.post(control, {
      data: { action: 'end' },
      headers: { origin: 'https://attacker.example' },
    });
    expect(crossSite.status()).toBe(403);
    expect(((await crossSite.json()) as { reason: string }).reason).toBe('cross-origin');
    const sameSiteOtherPort = await request.post(control, {
      data: { action: 'end' },
      headers: { origin: 'http://127.0.0.1:1' },
    });
    expect(sameSiteOtherPort.status()).toBe(403);
    // A form or a "simple" text/plain fetch is how another page would try without a CORS preflight.
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const simple = await request.post(control, {
        data: Buffer.from('{"action":"end"}'),
        headers: { 'content-type': type },
      });
      expect(simple.status()).toBe(415);
    }
    const join = await request.post('/api/join', {
      data: { code: session.code, name: 'Mallory' },
      headers: { origin: 'https://attacker.example' },
    });
    expect(join.status()).toBe(403);
    const view = (await (await request.get(`/api/sessions/${session.id}`)).json()) as {
      status: string;
      participants: unknown[];
    };
    expect(view).toMatchObject({ status: 'lobby', participants: [] });
    // The same request from the app's own page is accepted.
    const own = await request.post(control, {
      data: { action: 'start' },
      headers: { origin: new URL(baseURL ?? '').origin },
    });
    expect(own.status()).toBe(200);
  });

  test('a chunked body far over the limit is cut off while it is still arriving', async ({
    request,
    baseURL,
  }) => {
    const base = new URL(baseURL ?? '');
    const result = await new Promise<{ status: number; sentBytes: number; closed: boolean }>(
      (resolve, reject) => {
        let sentBytes = 0;
        let answered = false;
        const upload = http(
          {
            host: base.hostname,
            port: base.port,
            method: 'POST',
            path: '/api/join',
            headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
          },
          (response) => {
            answered = true;
            response.resume();
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                sentBytes,
                closed: response.headers.connection === 'close',
              }),
            );
          },
        );
        // The server may close the connection while the rest is still being sent: fine, once answered.
        upload.on('error', (error) => {
          if (!answered) reject(error);
        });
        const chunk = Buffer.alloc(64 * 1024, 'x');
        upload.write('{"code":"');
        // 50 MB at 64 kB every 5 ms would take about 4 s; the answer must come long before.
        const send = () => {
          if (answered || upload.destroyed) return;
          if (sentBytes >= 50 * 1024 * 1024) {
            upload.end('"}');
            return;
          }
          upload.write(chunk);
          sentBytes += chunk.length;
          setTimeout(send, 5);
        };
        send();
      },
    );
    expect(result.status).toBe(413);
    expect(result.closed).toBe(true);
    expect(result.sentBytes).toBeLessThan(5 * 1024 * 1024);
    expect((await request.get('/api/health')).status()).toBe(200);
  });

  test('a malformed % in a path or a cookie is a 4xx, never a 500', async ({ request }) => {
    for (const path of [
      '/api/live/%E0%A4%A',
      '/api/sessions/%E0%A4%A/csv',
      '/live/%E0%A4%A',
      '/articles/%',
      `/teach/${SLUG}/live/%zz`,
    ]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
    }
    const session = await createSession(request);
    const stranger = await request.get(`/api/sessions/${session.id}`, {
      headers: { cookie: `cited_host_${session.id}=%E0%A4%A` },
    });
    expect(stranger.status()).toBe(401);
  });
});

test.describe('security headers', () => {
  test('pages carry a nonce-based policy that every script of theirs satisfies, and still run', async ({
    page,
    request,
  }) => {
    for (const path of ['/', `/quiz/${SLUG}`, `/teach/${SLUG}`, '/join']) {
      const response = await request.get(path);
      const policy = response.headers()['content-security-policy'] ?? '';
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      expect(nonce, path).toBeTruthy();
      expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toContain('unsafe-inline');
      expect(policy).not.toContain('unsafe-eval');
      // On plain http, nothing is upgraded and no HSTS is promised.
      expect(policy).not.toContain('upgrade-insecure-requests');
      expect(response.headers()['strict-transport-security']).toBeUndefined();
      const scripts = [...(await response.text()).matchAll(/<script[\s>][^>]*>?/g)].map(
        (match) => match[0],
      );
      expect(scripts.length, path).toBeGreaterThan(3);
      for (const script of scripts) expect(script, path).toContain(`nonce="${nonce}"`);
    }
    const first = await request.get('/');
    const second = await request.get('/');
    expect(first.headers()['content-security-policy']).not.toBe(
      second.headers()['content-security-policy'],
    );
    // A page hydrates under its policy: the settings menu works, and the fixture saw no violation.
    await page.goto('/');
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('pages carry their stylesheet inline, admitted by its hash alone, and are styled', async ({
    page,
    request,
  }) => {
    for (const path of [
      '/',
      `/articles/${SLUG}`,
      `/quiz/${SLUG}`,
      '/join',
      '/progress',
      `/teach/${SLUG}/print`,
    ]) {
      const response = await request.get(path);
      const html = await response.text();
      const policy = response.headers()['content-security-policy'] ?? '';
      const styleSrc = /(?:^|; )style-src ([^;]*)/.exec(policy)?.[1]?.split(' ') ?? [];
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
      // No render-blocking stylesheet: the first paint needs the HTML only.
      expect(html.match(/<link[^>]*rel="stylesheet"[^>]*>/g), path).toBeNull();
      const styles = [...html.matchAll(/<style([^>]*)>([\s\S]*?)<\/style>/g)];
      const stylesheet = styles.filter(([, attributes]) => attributes?.includes('data-precedence'));
      expect(stylesheet, path).toHaveLength(1);
      for (const [, attributes = '', text = ''] of styles) {
        const hash = `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
        expect(attributes.includes(`nonce="${nonce}"`) || styleSrc.includes(hash), path).toBe(true);
      }
      // Admitted by the hash of that text, not by a blanket exception.
      expect(styleSrc, path).not.toContain("'unsafe-inline'");
      expect(stylesheet[0]?.[2]?.length ?? 0, path).toBeGreaterThan(10_000);
    }
    // The browser applies it under the policy (the fixture fails the test on any CSP violation).
    await page.goto(`/quiz/${SLUG}`);
    await expect(page.locator('body')).toHaveCSS('display', 'flex');
    await page.goto(`/teach/${SLUG}/print`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.packet').first()).toHaveCSS('color', 'rgb(0, 0, 0)');
  });

  test('every response carries nosniff, no framing and a referrer policy; HSTS only on https', async ({
    request,
  }) => {
    for (const path of ['/', `/articles/${SLUG}`, '/api/health', '/icon.svg', '/join']) {
      const headers = (await request.get(path)).headers();
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['x-frame-options'], path).toBe('DENY');
      expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
      expect(headers['content-security-policy'] ?? "frame-ancestors 'none'", path).toContain(
        "frame-ancestors 'none'",
      );
    }
    expect((await request.get('/api/health')).headers()['content-security-policy']).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    // Behind a TLS proxy (it says so in x-forwarded-proto): HSTS, and the page's requests upgraded.
    const https = await request.get('/', { headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers()['strict-transport-security']).toBe('max-age=31536000');
    expect(https.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});
