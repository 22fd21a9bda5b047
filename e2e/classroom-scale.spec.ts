import { startTestPostgres, type TestPostgres } from '../lib/testing/postgres';
import { startApp, untilDown, untilHealthy, type AppServer } from './app-servers';
import {
  Dashboard,
  SLUG,
  Student,
  TeachHub,
  expect,
  liveQuestionsOf,
  test,
  wrongChoice,
} from './classroom-fixtures';

// Two `next start` instances on one PostgreSQL database, as behind a load balancer: a teacher on one, the
// class on the other. Desktop project only (playwright.config.ts); the phones open their own contexts.

const CAP = 30;
const questions = liveQuestionsOf(SLUG);
const total = questions.length;

let postgres: TestPostgres;
let a: AppServer;
let b: AppServer;

// One pair of instances for the describe, in order: the second test kills instance A.
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  postgres = await startTestPostgres();
  const url = await postgres.createDatabase();
  const env = { DATABASE_URL: url, CITED_MAX_PARTICIPANTS: String(CAP) };
  [a, b] = await Promise.all([startApp(env), startApp(env)]);
  await Promise.all([untilHealthy(a), untilHealthy(b)]);
});

test.afterAll(async () => {
  a?.kill();
  b?.kill();
  await postgres?.stop();
});

test.describe('two instances, one PostgreSQL', () => {
  test('the participant cap holds under concurrent joins to both instances', async ({
    request,
  }) => {
    for (const server of [a, b]) {
      const health = await (await request.get(`${server.base}/api/health`)).json();
      expect(health).toMatchObject({
        status: 'ok',
        store: { kind: 'postgres', changes: 'listening' },
      });
    }
    const created = await request.post(`${a.base}/api/sessions`, {
      data: { slug: SLUG, mode: 'student' },
    });
    expect(created.status()).toBe(201);
    const session = (await created.json()) as { id: string; code: string };

    const joins = await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        request.post(`${(i % 2 ? a : b).base}/api/join`, {
          data: { code: session.code, name: `Student ${i + 1}` },
        }),
      ),
    );
    const statuses = joins.map((join) => join.status());
    expect(statuses.filter((status) => status === 201)).toHaveLength(CAP);
    expect(statuses.filter((status) => status === 409)).toHaveLength(80 - CAP);
    const refused = joins.find((join) => join.status() === 409);
    expect(((await refused?.json()) as { error: string }).error).toContain('This session is full');

    // The host cookie came from A; B reads the same session from the same database.
    const view = (await (await request.get(`${b.base}/api/sessions/${session.id}`)).json()) as {
      participants: unknown[];
    };
    expect(view.participants).toHaveLength(CAP);
  });

  test('a teacher on A and students on B run a session; A dies mid-question and the teacher carries on from B', async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const [first, second] = questions;
    if (!first || !second) throw new Error('the quiz needs two live questions');
    // Cookies are per host, not per port: the teacher's session cookie from A is sent to B as well, as
    // it would be behind one load-balanced address.
    const teacherContext = await browser.newContext({ baseURL: a.base });
    const teacher = await teacherContext.newPage();
    const hub = new TeachHub(teacher);
    let dashboard = new Dashboard(teacher);
    await hub.goto();
    const code = await hub.startLive('Teacher-paced');
    const sessionPath = new URL(teacher.url()).pathname;

    const ana = await Student.open(browser, 'Ana', false, b.base);
    const ben = await Student.open(browser, 'Ben', false, b.base);
    const zoe = await Student.open(browser, 'Zoe', true, b.base);
    // One more student on A, whose answer A acknowledges just before it dies.
    const dan = await Student.open(browser, 'Dan', false, a.base);
    for (const student of [ana, ben, zoe]) await student.join(code);
    await dan.join(code);

    // Joins on B reach the dashboard on A through PostgreSQL's notifications.
    await expect(dashboard.joined(4)).toBeVisible();
    await dashboard.button('Start the first question').click();
    for (const student of [ana, ben, zoe, dan])
      await expect(student.question(1, total)).toBeVisible();

    await ana.answer(first, first.answer);
    await ben.answer(first, wrongChoice(first));
    await zoe.answer(first, first.answer);
    await dan.answer(first, wrongChoice(first));
    await expect(teacher.getByText('4 of 4 answered')).toBeVisible();
    await dashboard.button('Reveal answer').click();
    await expect(ana.page.getByText('✓ Right!')).toBeVisible();
    await expect(ben.page.getByText(/✗ Not this time/)).toBeVisible();

    // B reads the question once from the database and sends it down its phones' streams: not one
    // fetches its view to show it.
    const gets = [ana, ben, zoe].map((student) => {
      const counter = { count: 0 };
      student.page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        if (request.method() === 'GET' && pathname === `/api/live/${code}`) counter.count++;
      });
      return counter;
    });
    await dashboard.button('Next question').click();
    for (const student of [ana, ben, zoe]) await expect(student.question(2, total)).toBeVisible();
    expect(gets.map((counter) => counter.count)).toEqual([0, 0, 0]);
    await ana.answer(second, second.answer);
    await dan.answer(second, second.answer);
    await expect(teacher.getByText('2 of 4 answered')).toBeVisible();

    // Instance A dies mid-question, with its acknowledged writes (the "next", Dan's answer) behind it.
    a.kill();
    await untilDown(a);
    await dan.close();

    // The teacher opens the same dashboard on B: nothing is lost, and the class carries on.
    await teacher.goto(`${b.base}${sessionPath}`);
    dashboard = new Dashboard(teacher);
    await expect(teacher.getByRole('heading', { name: `Question 2 of ${total}` })).toBeVisible();
    await expect(teacher.getByText('2 of 4 answered')).toBeVisible();
    await ben.answer(second, wrongChoice(second));
    await zoe.answer(second, second.answer);
    await expect(teacher.getByText('4 of 4 answered')).toBeVisible();
    await dashboard.button('Reveal answer').click();
    await expect(zoe.page.getByText('✓ Right!')).toBeVisible();
    await expect(ben.page.getByText(/✗ Not this time/)).toBeVisible();
    await dashboard.end();

    // Ended after two of the quiz's questions: scored on those two.
    const scored = (right: number) =>
      total > 2
        ? `You got ${right} of 2 right (the 2 questions asked before it ended).`
        : `You got ${right} of 2 right.`;
    await expect(ana.page.getByText(scored(2))).toBeVisible();
    await expect(ben.page.getByText(scored(0))).toBeVisible();
    await expect(dashboard.resultsRow('Dan')).toContainText(`✗ wrong: ${wrongChoice(first)}`);
    await expect(dashboard.resultsRow('Dan')).toContainText(`✓ right: ${second.answer}`);
    await expect(dashboard.resultsRow('Zoe')).toContainText('2/2');
    await expect(dashboard.percentRow()).toContainText('50%');
    await expect(dashboard.percentRow()).toContainText('75%');

    for (const student of [ana, ben, zoe]) {
      await student.close();
    }
    await teacherContext.close();
  });
});
