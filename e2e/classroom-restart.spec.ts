import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
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

// Its own server on its own port and database, so it can be killed without disturbing other specs.
const PORT = Number(process.env.RESTART_TEST_PORT ?? 3311);
const BASE = `http://127.0.0.1:${PORT}`;

function startServer(dbPath: string): ChildProcess {
  return spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(PORT)], {
    // Its own process group, so a kill reaches next's worker processes too.
    detached: true,
    stdio: 'ignore',
    env: { ...process.env, CITED_DB_PATH: dbPath, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

async function waitFor(up: boolean, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${BASE}/join`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok === up) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`server on ${PORT} did not come ${up ? 'up' : 'down'}`);
}

/** Records, in the page, every text a live status line has shown (to check what it said while down). */
function recordStatuses() {
  const seen: string[] = [];
  (window as { __statuses?: string[] }).__statuses = seen;
  new MutationObserver(() => {
    for (const element of document.querySelectorAll('[role="status"]')) {
      const text = element.textContent?.trim();
      if (text && !seen.includes(text)) seen.push(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

const statusesOf = (page: Page) =>
  page.evaluate(() => (window as { __statuses?: string[] }).__statuses ?? []);

function kill(server: ChildProcess | null) {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

test.describe('server restart mid-session', () => {
  let server: ChildProcess | null = null;
  let dir = '';

  // Desktop only (playwright.config.ts): one server restart is enough.
  test.beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'cited-restart-'));
    server = startServer(path.join(dir, 'cited.sqlite'));
    await waitFor(true);
  });

  test.afterAll(() => {
    kill(server);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('killing the server loses no answer, participant or question, and clients resume', async ({
    browser,
  }) => {
    test.setTimeout(150_000);
    const [question] = liveQuestionsOf(SLUG);
    if (!question) throw new Error('no live question');
    const teacherContext = await browser.newContext({ baseURL: BASE });
    const teacherPage = await teacherContext.newPage();
    await teacherPage.addInitScript(recordStatuses);
    const hub = new TeachHub(teacherPage);
    const dashboard = new Dashboard(teacherPage);
    await hub.goto();
    const code = await hub.startLive('Teacher-paced');
    const sessionUrl = teacherPage.url();

    const ana = await Student.open(browser, 'Ana', false, BASE);
    const ben = await Student.open(browser, 'Ben', true, BASE);
    for (const student of [ana, ben]) {
      await student.page.addInitScript(recordStatuses);
      await student.join(code);
    }
    await expect(dashboard.joined(2)).toBeVisible();
    await dashboard.button('Start the first question').click();
    await ana.answer(question, question.answer);
    await expect(teacherPage.getByText('1 of 2 answered')).toBeVisible();

    kill(server);
    await waitFor(false);

    // Ben answers while the server is down: the phone keeps the answer and keeps trying.
    const letter = String.fromCharCode(65 + question.choices.indexOf(wrongChoice(question)));
    await ben.page
      .getByRole('radio', { name: `${letter}. ${wrongChoice(question)}`, exact: true })
      .check();
    await ben.page.getByRole('button', { name: 'Send answer' }).click();
    await expect(ben.page.getByText(/Sending/)).toBeVisible();
    await expect(ben.page.getByText(/Connection lost/)).toBeVisible();

    server = startServer(path.join(dir, 'cited.sqlite'));
    await waitFor(true);

    // The queued answer is delivered, and the dashboard catches up without a reload.
    await expect(ben.page.getByText(/Answer received/)).toBeVisible({ timeout: 30_000 });
    await expect(teacherPage.getByText('2 of 2 answered')).toBeVisible({ timeout: 30_000 });
    expect(teacherPage.url()).toBe(sessionUrl);

    // Every page is back on its live stream (not polling) and says so.
    for (const page of [ana.page, ben.page, teacherPage]) {
      await expect(page.getByText('Connected: updates arrive live.')).toBeVisible({
        timeout: 45_000,
      });
    }
    // Polling stopped once the stream was back: in a quiet while, the phone fetches nothing.
    const viewPath = `/api/live/${code}`;
    const fetched: string[] = [];
    ana.page.on('request', (request) => {
      if (new URL(request.url()).pathname === viewPath) fetched.push(request.url());
    });
    await ana.page.waitForTimeout(7_000);
    expect(fetched).toEqual([]);

    const state = (await (
      await teacherPage.request.get(`${BASE}/api/sessions/${sessionUrl.split('/').pop()}`)
    ).json()) as {
      status: string;
      currentIndex: number;
      participants: { name: string }[];
      results: { rows: { name: string; cells: { choice: string | null }[] }[] };
    };
    expect(state).toMatchObject({ status: 'active', currentIndex: 0 });
    expect(state.participants.map((participant) => participant.name)).toEqual(['Ana', 'Ben']);
    expect(state.results.rows.map((row) => row.cells[0]?.choice)).toEqual([
      question.answer,
      wrongChoice(question),
    ]);

    // The students' live streams reconnected: a reveal reaches them.
    await dashboard.button('Reveal answer').click();
    await expect(ana.page.getByText('✓ Right!')).toBeVisible({ timeout: 30_000 });
    await expect(ben.page.getByText(/✗ Not this time/)).toBeVisible({ timeout: 30_000 });
    // While the server was down the pages said so; never that this network blocks live updates.
    for (const page of [ana.page, ben.page, teacherPage]) {
      const said = await statusesOf(page);
      expect(said).toContain('○ Cannot reach the server. Trying again every few seconds.');
      expect(said.filter((text) => /blocked on this network/.test(text))).toEqual([]);
    }
    await Promise.all([ana.close(), ben.close(), teacherContext.close()]);
  });
});
