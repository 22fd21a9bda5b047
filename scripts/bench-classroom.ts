/**
 * Simulates a class over HTTP: creates a teacher-paced session, joins N students, and has all of them answer
 * the first question at the same moment. Prints accepted answers, errors and latency percentiles beside a
 * baseline measured in the same run (the same burst of a static file GET, which touches no database).
 *
 *   npm run bench:classroom -- [--url http://127.0.0.1:3000] [--students 200] [--port 3320]
 *
 * Without --url it starts `next start` itself (needs `npm run build` first) on a temporary database and
 * stops it afterwards. Loopback addresses only: this is a load generator.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const argsSchema = z.object({
  url: z
    .url()
    .refine(
      (value) => ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(value).hostname),
      'only loopback servers (127.0.0.1, localhost, ::1) may be benchmarked',
    )
    .optional(),
  students: z.coerce.number().int().min(1).max(1000).default(200),
  port: z.coerce.number().int().min(1024).max(65535).default(3320),
  slug: z.string().default('korea-foreign-relations'),
});

function parseArgs(argv: string[]) {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (!key?.startsWith('--')) continue;
    raw[key.slice(2)] = argv[i + 1] ?? '';
    i++;
  }
  const parsed = argsSchema.safeParse(raw);
  if (!parsed.success) {
    console.error(
      parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`).join('\n'),
    );
    process.exit(2);
  }
  return parsed.data;
}

interface Sample {
  ok: boolean;
  status: number;
  ms: number;
}

async function timed(run: () => Promise<Response>): Promise<Sample> {
  const start = performance.now();
  try {
    const response = await run();
    await response.arrayBuffer();
    return { ok: response.ok, status: response.status, ms: performance.now() - start };
  } catch {
    return { ok: false, status: 0, ms: performance.now() - start };
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return (
    sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
  );
}

function summarize(label: string, samples: Sample[], wallMs: number) {
  const ms = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const errors = samples.filter((sample) => !sample.ok);
  const statuses = [...new Set(errors.map((sample) => sample.status))].join(',');
  return {
    phase: label,
    requests: samples.length,
    ok: samples.length - errors.length,
    errors: errors.length ? `${errors.length} (${statuses})` : '0',
    'p50 ms': percentile(ms, 50).toFixed(1),
    'p95 ms': percentile(ms, 95).toFixed(1),
    'p99 ms': percentile(ms, 99).toFixed(1),
    'max ms': (ms.at(-1) ?? Number.NaN).toFixed(1),
    'req/s': ((samples.length / wallMs) * 1000).toFixed(0),
  };
}

/** Runs every task at once and returns the samples and the wall time of the whole burst. */
async function burst(tasks: (() => Promise<Response>)[]) {
  const start = performance.now();
  const samples = await Promise.all(tasks.map((task) => timed(task)));
  return { samples, wallMs: performance.now() - start };
}

/** Runs tasks with at most `limit` in flight (joins arrive over a minute in class, not in one instant). */
async function pooled<T>(items: T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await run(item);
      }
    }),
  );
}

async function waitUntilUp(base: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (
      await fetch(`${base}/join`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${base} did not start`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let server: ChildProcess | null = null;
  let dir: string | null = null;
  let base = args.url?.replace(/\/$/, '');
  const stop = () => {
    if (server?.pid) {
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // Already stopped.
      }
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    stop();
    process.exit(130);
  });

  try {
    if (!base) {
      if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
        throw new Error('no production build: run `npm run build` first, or pass --url');
      }
      dir = mkdtempSync(path.join(tmpdir(), 'cited-bench-'));
      base = `http://127.0.0.1:${args.port}`;
      server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(args.port)], {
        detached: true,
        stdio: 'ignore',
        env: {
          ...process.env,
          CITED_DB_PATH: path.join(dir, 'bench.sqlite'),
          NEXT_TELEMETRY_DISABLED: '1',
        },
      });
      await waitUntilUp(base);
      console.log(`Started next start on ${base} with a temporary database.`);
    }

    const created = await fetch(`${base}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ slug: args.slug, mode: 'teacher' }),
    });
    if (created.status !== 201)
      throw new Error(`could not create a session: ${created.status} ${await created.text()}`);
    const session = (await created.json()) as { id: string; code: string };
    const cookie = (created.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

    const tokens: string[] = [];
    const joinSamples: Sample[] = [];
    const joinStart = performance.now();
    await pooled(
      Array.from({ length: args.students }, (_, i) => i),
      25,
      async (i) => {
        let token = '';
        joinSamples.push(
          await timed(async () => {
            const response = await fetch(`${base}/api/join`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ code: session.code, name: `Student ${i + 1}` }),
            });
            if (response.ok) token = ((await response.clone().json()) as { token: string }).token;
            return response;
          }),
        );
        if (token) tokens.push(token);
      },
    );
    const joinWall = performance.now() - joinStart;

    const control = await fetch(`${base}/api/sessions/${session.id}/control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ action: 'start' }),
    });
    if (!control.ok) throw new Error(`could not start: ${control.status}`);
    const view = (await (
      await fetch(`${base}/api/live/${session.code}`, {
        headers: { 'x-participant-token': tokens[0] ?? '' },
      })
    ).json()) as { current: { question: { id: string; choices: string[] } } };
    const { id: questionId, choices } = view.current.question;

    // Warm-up so the first burst does not pay for route compilation caches.
    await fetch(`${base}/icon.svg`).then((r) => r.arrayBuffer());

    const baseline = await burst(tokens.map(() => () => fetch(`${base}/icon.svg`)));
    const reads = await burst(
      tokens.map(
        (token) => () =>
          fetch(`${base}/api/live/${session.code}`, { headers: { 'x-participant-token': token } }),
      ),
    );
    const bodies = tokens.map((_, i) => ({
      questionId,
      choice: choices[i % choices.length] as string,
      submissionId: `bench-${i.toString().padStart(6, '0')}-${session.code}`,
    }));
    const answer = (token: string, i: number) => () =>
      fetch(`${base}/api/live/${session.code}/answers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-participant-token': token },
        body: JSON.stringify(bodies[i]),
      });
    const answers = await burst(tokens.map((token, i) => answer(token, i)));
    // Every phone resends once (a lost acknowledgement): all must be acknowledged and none doubled.
    const resends = await burst(tokens.map((token, i) => answer(token, i)));

    const teacher = (await (
      await fetch(`${base}/api/sessions/${session.id}`, { headers: { cookie } })
    ).json()) as { participants: unknown[]; results: { questions: { answered: number }[] } };
    const stored = teacher.results.questions[0]?.answered ?? 0;
    const accepted = answers.samples.filter((sample) => sample.status === 201).length;

    console.log(
      `\nClassroom benchmark: ${args.students} students, ${base}, session ${session.code}`,
    );
    console.table([
      summarize('baseline: GET /icon.svg ×N at once', baseline.samples, baseline.wallMs),
      summarize('join (25 in flight)', joinSamples, joinWall),
      summarize('student view GET ×N at once', reads.samples, reads.wallMs),
      summarize('answer POST ×N at once', answers.samples, answers.wallMs),
      summarize('resend same answers ×N', resends.samples, resends.wallMs),
    ]);
    console.log(
      `Accepted answers: ${accepted}/${args.students}; stored per the teacher's view: ${stored}; participants: ${teacher.participants.length}.`,
    );
    if (stored !== accepted) {
      console.error('MISMATCH: acknowledged answers and stored answers differ.');
      process.exitCode = 1;
    }
  } finally {
    stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
