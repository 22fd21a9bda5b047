import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from '@playwright/test';
import { startApp, untilHealthy, type AppServer } from './app-servers';
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
import { flood, forgedAddress, send } from './http-client';

// The attacks the issue found, each against a server of its own with the default limits (unless a test
// says otherwise), so nothing here spends another spec's budget. The browser and Playwright's requests
// come from 127.0.0.1; "another machine" is 127.0.0.2 (a second loopback address the server sees as a
// different socket). Desktop project only (playwright.config.ts).

const [question] = liveQuestionsOf(SLUG);

const servers: AppServer[] = [];
const dirs: string[] = [];

async function server(env: Record<string, string> = {}): Promise<AppServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'cited-attack-'));
  dirs.push(dir);
  const app = await startApp({ CITED_DB_PATH: path.join(dir, 'cited.sqlite'), ...env });
  servers.push(app);
  await untilHealthy(app);
  return app;
}

test.afterEach(() => {
  for (const app of servers.splice(0)) app.kill();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A teacher's browser on `app` with a teacher-paced (or student-paced) session started from the hub. */
async function teacherOn(
  browser: Browser,
  app: AppServer,
  mode: 'Teacher-paced' | 'Student-paced' = 'Teacher-paced',
) {
  const context: BrowserContext = await browser.newContext({ baseURL: app.base });
  const page = await context.newPage();
  const hub = new TeachHub(page);
  await hub.goto();
  const code = await hub.startLive(mode);
  return { context, page, code, dashboard: new Dashboard(page) };
}

async function joinByApi(app: AppServer, code: string, name: string) {
  const joined = await send({ base: app.base, path: '/api/join', body: { code, name } });
  expect(joined.status, joined.body).toBe(201);
  return JSON.parse(joined.body) as { token: string; participantId: string };
}

test.describe('attacks on a live class', () => {
  test('a forged-header flood from one machine locks out no student of any class', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    if (!question) throw new Error('no live question');
    const app = await server();
    const teacher = await teacherOn(browser, app);
    const ana = await Student.open(browser, 'Ana', true, app.base);
    await ana.join(teacher.code);
    await teacher.dashboard.button('Start the first question').click();
    await expect(ana.question(1, liveQuestionsOf(SLUG).length)).toBeVisible();

    // Another machine guesses codes on every student endpoint, claiming a new address each time.
    const guessing = flood(600, 20, (i) => {
      const headers = { 'x-forwarded-for': forgedAddress(i) };
      const base = app.base;
      const from = '127.0.0.2';
      switch (i % 4) {
        case 0:
          return send({
            base,
            from,
            headers,
            path: '/api/join',
            body: { code: 'ZZZZZZ', name: `g${i}` },
          });
        case 1:
          return send({ base, from, headers, path: '/api/live/ZZZZZZ' });
        case 2:
          return send({ base, from, headers, path: '/api/live/ZZZZZZ/events' });
        default:
          return send({
            base,
            from,
            headers: { ...headers, 'x-participant-token': `forged-${i}` },
            path: '/api/live/ZZZZZZ/answers',
            body: { questionId: 'q', choice: 'x', submissionId: `sub-${i}-abcdefgh` },
          });
      }
    });
    // Meanwhile, this class carries on: an answer, a new student joining, a reveal.
    const classGoesOn = (async () => {
      await ana.answer(question, question.answer);
      const ben = await Student.open(browser, 'Ben', false, app.base);
      await ben.join(teacher.code);
      await ben.answer(question, wrongChoice(question));
      await expect(teacher.page.getByText('2 of 2 answered')).toBeVisible();
      await teacher.dashboard.button('Reveal answer').click();
      await expect(ana.page.getByText('✓ Right!')).toBeVisible();
      await expect(ben.page.getByText(/✗ Not this time/)).toBeVisible();
      return ben;
    })();
    const [statuses, ben] = await Promise.all([guessing, classGoesOn]);

    // The guesser had its own address's budget (60 wrong codes), whatever address it claimed, then one
    // more try each time its doubling wait (2 s, 4 s, 8 s…) ran out while the flood went on.
    expect(Object.keys(statuses).sort()).toEqual(['404', '429']);
    expect(statuses[404]).toBeGreaterThanOrEqual(60);
    expect(statuses[404]).toBeLessThanOrEqual(65);
    expect((statuses[404] ?? 0) + (statuses[429] ?? 0)).toBe(600);
    await expect(ana.page.getByText(/Too many wrong codes/)).toHaveCount(0);
    await Promise.all([ana.close(), ben.close(), teacher.context.close()]);
  });

  test('behind a trusted proxy (CITED_TRUST_PROXY=1), the address it saw is the one limited', async () => {
    const app = await server({ CITED_TRUST_PROXY: '1', CITED_WRONG_CODES_PER_ADDRESS: '5' });
    // The proxy appends what it saw to whatever the client wrote: only the last entry counts.
    const guess = (forwarded: string) =>
      send({
        base: app.base,
        path: '/api/join',
        body: { code: 'ZZZZZZ', name: 'x' },
        headers: { 'x-forwarded-for': forwarded },
      });
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await guess(`6.6.6.${i}, 203.0.113.7`)).status);
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429]);
    // Another client behind the same proxy is not affected.
    expect((await guess('203.0.113.8')).status).toBe(404);
  });

  test('a class behind one address keeps every answer while its own typos limit new joins', async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    if (!question) throw new Error('no live question');
    // A small budget keeps the test short; the rule is the same at any size.
    const app = await server({ CITED_WRONG_CODES_PER_ADDRESS: '10' });
    const teacher = await teacherOn(browser, app);
    const classmates = [];
    for (let i = 1; i <= 20; i++)
      classmates.push(await joinByApi(app, teacher.code, `Student ${i}`));
    const kim = await Student.open(browser, 'Kim', true, app.base);
    await kim.join(teacher.code);
    await teacher.dashboard.button('Start the first question').click();

    // The class mistypes the code, past its budget and on, after each wait: the school's address is now
    // limited for joining, for 16 s (waits of 2, 4 and 8 s were spent on the way).
    const typo = () =>
      send({ base: app.base, path: '/api/join', body: { code: 'ABCDEF', name: 'x' } });
    for (let i = 0; i < 10; i++) expect((await typo()).status).toBe(404);
    for (const wait of [2, 4, 8]) {
      const limited = await typo();
      expect(limited.status).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(wait);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 100));
      expect((await typo()).status).toBe(404);
    }
    const limited = await typo();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(8);

    // A latecomer from the school is held up by the typos: the form says so and counts down.
    const lee = await Student.open(browser, 'Lee', true, app.base);
    await lee.page.goto(`/join?code=${teacher.code}`);
    await lee.page.getByLabel('Your name').fill('Lee');
    await lee.page.getByRole('button', { name: 'Join' }).click();
    await expect(lee.page.getByText(/Too many wrong codes from this network/)).toBeVisible();
    await expect(lee.page.getByText(/Trying again in \d+ s/)).toBeVisible();

    // Meanwhile everyone who joined takes part as usual: view, stream, answer, from that same address.
    const results = await Promise.all(
      classmates.map(async (student, i) => {
        const headers = { 'x-participant-token': student.token };
        const view = await send({ base: app.base, path: `/api/live/${teacher.code}`, headers });
        const stream = await send({
          base: app.base,
          path: `/api/live/${teacher.code}/events?participant=${student.participantId}`,
        });
        const answer = await send({
          base: app.base,
          path: `/api/live/${teacher.code}/answers`,
          headers,
          body: {
            questionId: question.id,
            choice: question.choices[i % question.choices.length],
            submissionId: `typo-class-${String(i).padStart(4, '0')}`,
          },
        });
        return [view.status, stream.status, answer.status];
      }),
    );
    expect(new Set(results.map((statuses) => statuses.join()))).toEqual(new Set(['200,200,201']));
    await kim.answer(question, question.answer);
    // All of that while the address was still limited for anyone without a token.
    expect((await send({ base: app.base, path: `/api/live/${teacher.code}` })).status).toBe(429);
    await expect(teacher.page.getByText('21 of 21 answered')).toBeVisible();
    await expect(kim.page.getByText(/Too many wrong codes/)).toHaveCount(0);

    // Once the wait is over, the form gets the latecomer in by itself.
    await expect(lee.page).toHaveURL(new RegExp(`/live/${teacher.code}$`), { timeout: 30_000 });
    await expect(lee.question(1, liveQuestionsOf(SLUG).length)).toBeVisible();
    await Promise.all([kim.close(), lee.close(), teacher.context.close()]);
  });

  test('bots fill a class; the teacher removes one, locks the class, and lets students in by hand', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const app = await server({ CITED_MAX_PARTICIPANTS: '8' });
    const teacher = await teacherOn(browser, app);
    // The teacher confirms every removal.
    teacher.page.on('dialog', (dialog) => void dialog.accept());
    const bots = [];
    for (let i = 1; i <= 8; i++) bots.push(await joinByApi(app, teacher.code, `Bot ${i}`));
    await expect(teacher.dashboard.joined(8)).toBeVisible();

    // The real student finds the class full.
    const ana = await Student.open(browser, 'Ana', true, app.base);
    await ana.page.goto(`/join?code=${teacher.code}`);
    await ana.page.getByLabel('Your name').fill('Ana');
    await ana.page.getByRole('button', { name: 'Join' }).click();
    await expect(
      ana.page.getByText('This session is full (8 students). Ask your teacher.'),
    ).toBeVisible();

    // The teacher removes a bot: its token stops working at once, its seat is free.
    await teacher.page.getByRole('button', { name: 'Remove Bot 1' }).click();
    await expect(teacher.dashboard.joined(7)).toBeVisible();
    const removed = { 'x-participant-token': bots[0]?.token ?? '' };
    const refused = await send({
      base: app.base,
      path: `/api/live/${teacher.code}`,
      headers: removed,
    });
    expect([refused.status, JSON.parse(refused.body).reason]).toEqual([403, 'removed']);
    await ana.page.getByRole('button', { name: 'Join' }).click();
    await expect(ana.page).toHaveURL(new RegExp(`/live/${teacher.code}$`));
    await expect(
      teacher.page.getByRole('list', { name: 'Students' }).getByText('Ana'),
    ).toBeVisible();

    // A second "ana" is refused and offered a free name.
    await teacher.page.getByRole('button', { name: 'Remove Bot 2' }).click();
    const other = await Student.open(browser, 'ana', false, app.base);
    await other.page.goto(`/join?code=${teacher.code}`);
    await other.page.getByLabel('Your name').fill('ana');
    await other.page.getByRole('button', { name: 'Join' }).click();
    await expect(
      other.page.getByText(/Someone in this class is already called “ana”/),
    ).toBeVisible();
    await other.page.getByRole('button', { name: 'Join as ana 2' }).click();
    await expect(other.page.getByText(`Class ${teacher.code} · ana 2`)).toBeVisible();

    // Locked: nobody new gets in.
    await teacher.dashboard.page.getByRole('button', { name: 'Lock: no new students' }).click();
    await expect(teacher.page.getByText('Locked: nobody new can join.')).toBeVisible();
    const late = await send({
      base: app.base,
      path: '/api/join',
      body: { code: teacher.code, name: 'Bot 9' },
    });
    expect([late.status, JSON.parse(late.body).reason]).toEqual([403, 'locked']);

    // Reopened with approval: a newcomer waits until the teacher lets them in.
    await teacher.page.getByRole('button', { name: 'Let new students join again' }).click();
    await expect(teacher.page.getByRole('button', { name: 'Lock: no new students' })).toBeEnabled();
    await teacher.page.getByRole('checkbox', { name: 'Let each new student in myself' }).check();
    await teacher.page.getByRole('button', { name: 'Remove Bot 3' }).click();
    const kim = await Student.open(browser, 'Kim', true, app.base);
    await kim.join(teacher.code);
    await expect(
      kim.page.getByRole('heading', { name: 'Waiting for your teacher, Kim' }),
    ).toBeVisible();
    await expect(teacher.page.getByRole('heading', { name: '1 waiting to join' })).toBeVisible();
    await teacher.page.getByRole('button', { name: 'Let Kim in' }).click();
    await expect(kim.page.getByRole('heading', { name: 'You’re in, Kim!' })).toBeVisible();

    // A student the teacher removes is told so on their phone.
    await teacher.page.getByRole('button', { name: 'Remove ana 2' }).click();
    await expect(
      other.page.getByRole('heading', { name: 'You were removed from this class' }),
    ).toBeVisible();
    await Promise.all([ana.close(), other.close(), kim.close(), teacher.context.close()]);
  });

  test('a script with the code cannot fill a class in seconds: joins per session are limited', async ({
    browser,
  }) => {
    const app = await server({ CITED_JOINS_PER_SESSION_PER_MINUTE: '20' });
    const teacher = await teacherOn(browser, app, 'Student-paced');
    const statuses = await flood(100, 25, (i) =>
      send({ base: app.base, path: '/api/join', body: { code: teacher.code, name: `Bot ${i}` } }),
    );
    expect(statuses).toEqual({ 201: 20, 429: 80 });
    await expect(teacher.dashboard.joined(20)).toBeVisible();
    await teacher.context.close();
  });

  test('starting sessions is limited per address, and all sessions together are bounded', async () => {
    const app = await server({
      CITED_SESSIONS_PER_ADDRESS_PER_HOUR: '3',
      CITED_MAX_STORED_MB: '1',
    });
    const start = (from: string) =>
      send({ base: app.base, from, path: '/api/sessions', body: { slug: SLUG, mode: 'teacher' } });
    const usage = async () =>
      JSON.parse((await send({ base: app.base, path: '/api/health' })).body).store.storage as {
        usedBytes: number;
        limitBytes: number;
      };

    const first = await start('127.0.0.1');
    expect(first.status, first.body).toBe(201);
    const { usedBytes: oneSession, limitBytes } = await usage();
    expect(limitBytes).toBe(1024 * 1024);
    // Each session keeps a copy of its quiz: that is what a flood of sessions would fill a disk with.
    expect(oneSession).toBeGreaterThan(10_000);
    const fits = Math.floor(limitBytes / oneSession);
    expect(fits).toBeGreaterThan(3);

    // One address: three an hour, then a wait of the rest of the hour.
    expect([(await start('127.0.0.1')).status, (await start('127.0.0.1')).status]).toEqual([
      201, 201,
    ]);
    const limited = await start('127.0.0.1');
    expect(limited.status).toBe(429);
    expect(JSON.parse(limited.body)).toMatchObject({ reason: 'too-many-sessions' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3000);

    // Other addresses, until the store is full of live sessions: then 503 for everyone, and no more.
    let created = 3;
    let refusal = null;
    for (let machine = 2; machine < 40 && !refusal; machine++) {
      for (let i = 0; i < 3; i++) {
        const answer = await start(`127.0.0.${machine}`);
        if (answer.status === 201) created++;
        else {
          refusal = answer;
          break;
        }
      }
    }
    expect(created).toBe(fits);
    expect(refusal?.status).toBe(503);
    expect(JSON.parse(refusal?.body ?? '{}')).toMatchObject({ reason: 'storage-full' });
    expect((await usage()).usedBytes).toBeLessThanOrEqual(limitBytes);
  });
});
