import { randomInt } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { SLUG, Student, expect, liveQuestionsOf, test } from './classroom-fixtures';

const [question] = liveQuestionsOf(SLUG);

/** A made-up client address, so this spec's failed guesses never rate-limit the other specs. */
const fakeAddress = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function createSession(request: APIRequestContext) {
  const response = await request.post('/api/sessions', {
    data: { slug: SLUG, mode: 'teacher' },
  });
  expect(response.status()).toBe(201);
  return (await response.json()) as { id: string; code: string };
}

async function join(request: APIRequestContext, code: string, name: string) {
  const response = await request.post('/api/join', {
    data: { code, name },
    headers: { 'x-forwarded-for': fakeAddress() },
  });
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
    const headers = { 'x-forwarded-for': fakeAddress(), 'content-type': 'application/json' };
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

  test('wrong codes are refused and guessing is rate-limited per address', async ({ request }) => {
    const session = await createSession(request);
    const address = fakeAddress();
    const headers = { 'x-forwarded-for': address };
    let last = 0;
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await request.post('/api/join', {
        headers,
        data: { code: attempt % 2 ? 'ZZZZZZ' : 'nonsense!', name: 'Guesser' },
      });
      last = response.status();
      expect(last).toBe(404);
    }
    const limited = await request.post('/api/join', {
      headers,
      data: { code: session.code, name: 'Guesser' },
    });
    expect(limited.status()).toBe(429);
    expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
    // Probing through the student endpoints is limited the same way.
    expect((await request.get(`/api/live/ZZZZZZ`, { headers })).status()).toBe(429);
    // Another address is not affected.
    await join(request, session.code, 'Honest');
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
});
