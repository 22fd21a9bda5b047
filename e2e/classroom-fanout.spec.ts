import type { Page } from '@playwright/test';
import { SLUG, Student, expect, liveQuestionsOf, test, wrongChoice } from './classroom-fixtures';

// "Next question" reaches a class on the live stream: each phone shows the new question from the
// stream's message, without fetching its view, and the teacher's dashboard takes joins and answers as
// deltas. A phone whose stream dropped falls back to fetching its view.

const questions = liveQuestionsOf(SLUG);
const total = questions.length;

/** Counts the page's GETs of one path (its view), from when it is made. */
function viewGets(page: Page, path: RegExp) {
  const counter = { count: 0 };
  page.on('request', (request) => {
    if (request.method() === 'GET' && path.test(new URL(request.url()).pathname)) counter.count++;
  });
  return counter;
}

/** Makes every EventSource the page opens reachable, so the test can drop the live stream as a network would. */
async function trackStreams(page: Page) {
  await page.addInitScript(() => {
    const Original = window.EventSource;
    const opened: EventSource[] = [];
    (window as unknown as { __streams: EventSource[] }).__streams = opened;
    window.EventSource = class extends Original {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        opened.push(this);
      }
    };
  });
}

/** A live stream read as EventSource would: each message's data, in order, as it arrives. */
function openStream(url: string) {
  const abort = new AbortController();
  const messages: Record<string, unknown>[] = [];
  let wake = () => {};
  void (async () => {
    const response = await fetch(url, { signal: abort.signal });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const data = /^data: (.*)$/m.exec(buffer.slice(0, end))?.[1];
        buffer = buffer.slice(end + 2);
        if (data) messages.push(JSON.parse(data) as Record<string, unknown>);
        wake();
      }
    }
  })().catch(() => {});
  return {
    /** The first message at this version or later. */
    async at(version: number) {
      for (;;) {
        const found = messages.find((message) => Number(message.version) >= version);
        if (found) return found;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    close: () => abort.abort(),
  };
}

test.describe('live fan-out', () => {
  test('the stream gives the question to admitted phones only, and its key only once revealed', async ({
    baseURL,
  }) => {
    const [first] = questions;
    if (!first) throw new Error('no live question');
    const post = (path: string, body: unknown, cookie = '') =>
      fetch(`${baseURL}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify(body),
      });
    const created = await post('/api/sessions', {
      slug: SLUG,
      mode: 'teacher',
      approveJoins: true,
    });
    expect(created.status).toBe(201);
    const session = (await created.json()) as { id: string; code: string };
    const cookie = (created.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const join = async (name: string) =>
      (await (await post('/api/join', { code: session.code, name })).json()) as {
        participantId: string;
      };
    const ana = await join('Ana');
    const eve = await join('Eve');
    const admitted = await post(
      `/api/sessions/${session.id}/participants`,
      { action: 'admit', participantIds: [ana.participantId] },
      cookie,
    );
    expect(admitted.status).toBe(200);
    const control = async (action: string) =>
      (
        (await (await post(`/api/sessions/${session.id}/control`, { action }, cookie)).json()) as {
          version: number;
        }
      ).version;

    const events = `${baseURL}/api/live/${session.code}/events`;
    const streams = {
      admitted: openStream(`${events}?participant=${ana.participantId}`),
      waiting: openStream(`${events}?participant=${eve.participantId}`),
      anyone: openStream(events),
    };
    const started = await control('start');
    const [toAna, toEve, toAnyone] = await Promise.all(
      Object.values(streams).map((stream) => stream.at(started)),
    );
    expect(toAna).toMatchObject({
      state: {
        status: 'active',
        current: { index: 0, question: { id: first.id, prompt: first.prompt }, revealed: null },
      },
    });
    expect(JSON.stringify(toAna)).not.toContain(first.explanation);
    // Someone waiting to be let in, or with the code alone, learns that something moved, not what.
    expect(toEve).toEqual({ version: toEve?.version });
    expect(toAnyone).toEqual({ version: toAnyone?.version });

    const revealed = await control('reveal');
    expect(await streams.admitted.at(revealed)).toMatchObject({
      state: { current: { revealed: { answer: first.answer, explanation: first.explanation } } },
    });
    for (const stream of Object.values(streams)) stream.close();
  });

  test('phones show the next question without fetching their view; the dashboard counts answers without fetching its own', async ({
    page,
    browser,
    teachHub,
    dashboard,
  }) => {
    test.setTimeout(120_000);
    const [first, second, third] = questions;
    if (!first || !second || !third) throw new Error('the quiz needs three live questions');
    await teachHub.goto();
    const code = await teachHub.startLive('Teacher-paced');
    const sessionId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    const teacherGets = viewGets(page, new RegExp(`^/api/sessions/${sessionId}$`));

    const ana = await Student.open(browser, 'Ana');
    const ben = await Student.open(browser, 'Ben', true);
    const students = [ana, ben];
    const gets = students.map((student) =>
      viewGets(student.page, new RegExp(`^/api/live/${code}$`)),
    );
    for (const student of students) {
      await student.join(code);
      await expect(student.page.getByText('Connected: updates arrive live.')).toBeVisible();
    }
    await expect(dashboard.joined(2)).toBeVisible();
    // Joins reached the dashboard as deltas: no fetch of the whole view.
    expect(teacherGets.count).toBe(0);

    for (const counter of gets) counter.count = 0;
    await dashboard.button('Start the first question').click();
    for (const student of students) await expect(student.question(1, total)).toBeVisible();
    await expect(ana.page.getByRole('group', { name: first.prompt })).toBeVisible();
    expect(gets.map((counter) => counter.count)).toEqual([0, 0]);

    teacherGets.count = 0;
    await ana.answer(first, first.answer);
    await ben.answer(first, wrongChoice(first));
    await expect(page.getByText('2 of 2 answered')).toBeVisible();
    await dashboard.peek();
    await expect(dashboard.distribution(first.answer)).toContainText('1 (50%)');
    await expect(dashboard.resultsRow('Ben')).toBeVisible();
    expect(teacherGets.count).toBe(0);

    // The reveal comes with the key on the stream; each phone says whether its own answer was right.
    for (const counter of gets) counter.count = 0;
    await dashboard.button('Reveal answer').click();
    await expect(ana.page.getByText('✓ Right!')).toBeVisible();
    await expect(ben.page.getByText(/✗ Not this time/)).toBeVisible();
    await dashboard.button('Next question').click();
    for (const student of students) await expect(student.question(2, total)).toBeVisible();
    await expect(ben.page.getByRole('group', { name: second.prompt })).toBeVisible();
    // The new question holds no answer of the last one, and nothing was fetched to show it.
    await expect(ben.page.getByRole('button', { name: 'Send answer' })).toBeVisible();
    expect(gets.map((counter) => counter.count)).toEqual([0, 0]);

    for (const student of students) await student.close();
  });

  test('a phone whose stream dropped fetches its view, and takes the stream again once it is back', async ({
    page,
    browser,
    teachHub,
    dashboard,
  }) => {
    test.setTimeout(120_000);
    const code = await teachHub.goto().then(() => teachHub.startLive('Teacher-paced'));
    const student = await Student.open(browser, 'Cy', true);
    await trackStreams(student.page);
    const gets = viewGets(student.page, new RegExp(`^/api/live/${code}$`));
    await student.join(code);
    await expect(student.page.getByText('Connected: updates arrive live.')).toBeVisible();
    await dashboard.button('Start the first question').click();
    await expect(student.question(1, total)).toBeVisible();

    // The network drops the stream and refuses it meanwhile, as a flaky school Wi-Fi would.
    const events = `**/api/live/${code}/events?*`;
    await student.context.route(events, (route) => route.abort('failed'));
    const polled = student.page.waitForResponse(
      (response) => new URL(response.url()).pathname === `/api/live/${code}`,
    );
    await student.page.evaluate(() => {
      const streams = (window as unknown as { __streams: EventSource[] }).__streams;
      streams.at(-1)?.dispatchEvent(new Event('error'));
    });
    await expect(student.page.getByText(/The live connection dropped/)).toBeVisible();
    // The phone fetches its view at once on a drop; from here, only a fetch can bring the next question.
    await polled;
    gets.count = 0;
    await dashboard.button('Next question').click();
    await expect(student.question(2, total)).toBeVisible({ timeout: 10_000 });
    expect(gets.count).toBeGreaterThan(0);

    // Back: the stream reopens (its first message says the version; the phone has it) and carries on.
    await student.context.unroute(events);
    await expect(student.page.getByText('Connected: updates arrive live.')).toBeVisible({
      timeout: 15_000,
    });
    gets.count = 0;
    await dashboard.button('Next question').click();
    await expect(student.question(3, total)).toBeVisible();
    expect(gets.count).toBe(0);
    await expect(page.getByRole('heading', { name: `Question 3 of ${total}` })).toBeVisible();
    await student.close();
  });
});
