/**
 * Simulates a class over HTTP: a teacher-paced session, N students joined and each holding their live
 * stream open, all answering the first question at the same moment, then the teacher's "next question"
 * twice. Prints accepted and lost answers, latency percentiles beside a baseline measured in the same run
 * (the same burst of a static file GET), and for each "next": when the stream's message reached the last
 * phone, and when the last phone showed the new question. The first "next" is shown as phones did before
 * the stream carried the question (each fetches its view on the message: the baseline), the second as
 * the student page does now (from the message, fetching only when it must).
 *
 *   npm run bench:classroom -- [--students 200,500] [--instances 2] [--database-url postgres://…] [--flood]
 *   npm run bench:classroom -- --url http://127.0.0.1:3000 [--students 200] [--flood]
 *
 * --flood runs each class twice, the second time while "another machine" (127.0.0.2, a second loopback
 * address) sends 300 wrong codes a second to the student endpoints, each claiming a new X-Forwarded-For:
 * the class must lose nothing, and the flooder must be limited on its own address.
 *
 * Without --url it starts `next start` itself (needs `npm run build` first): one instance on a temporary
 * SQLite file, and with --instances N ≥ 2 also N instances sharing one PostgreSQL database (a fresh
 * database on --database-url or CITED_TEST_DATABASE_URL, else a throwaway cluster via
 * scripts/postgres.sh), students spread round-robin, the teacher on the first. Loopback only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { startTestPostgres, type TestPostgres } from '../lib/testing/postgres';

const loopback = (value: string) =>
  ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(value).hostname);

const argsSchema = z.object({
  url: z
    .url()
    .refine(loopback, 'only loopback servers (127.0.0.1, localhost, ::1) may be benchmarked')
    .optional(),
  students: z
    .string()
    .default('200,500')
    .transform((value) => value.split(',').map(Number))
    .pipe(z.array(z.number().int().min(1).max(2000)).min(1)),
  instances: z.coerce.number().int().min(1).max(8).default(1),
  'database-url': z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  slug: z.string().default('korea-foreign-relations'),
  flood: z.literal('').optional(),
});

type Args = z.infer<typeof argsSchema>;
/** The arguments of one class: one size of it. */
type ClassArgs = Omit<Args, 'students'> & { students: number };

function parseArgs(argv: string[]): Args {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (!key?.startsWith('--')) continue;
    // A switch (--flood) takes no value.
    if (key === '--flood') {
      raw.flood = '';
      continue;
    }
    raw[key.slice(2)] = argv[i + 1] ?? '';
    i++;
  }
  const parsed = argsSchema.strict().safeParse(raw);
  if (!parsed.success) {
    console.error(
      parsed.error.issues
        .map((issue) =>
          issue.code === 'unrecognized_keys'
            ? `unknown option ${issue.keys.map((key) => `--${key}`).join(', ')}`
            : `--${issue.path.join('.')}: ${issue.message}`,
        )
        .join('\n'),
    );
    process.exit(2);
  }
  if (parsed.data.url && parsed.data.instances > 1) {
    console.error('--url benchmarks one running server; leave out --instances');
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

/**
 * A student's live stream, read as EventSource would: it remembers when each version first arrived, so
 * the time until a version reached everyone can be read off afterwards.
 */
interface Arrival {
  version: number;
  at: number;
  /** What the message carried: the public state when the stream sends it to this phone. */
  data: { version: number; state?: { current: { index: number } | null } };
}

class Stream {
  private readonly abort = new AbortController();
  private readonly seen: Arrival[] = [];
  private waiters: { version: number; resolve: (arrival: Arrival) => void }[] = [];
  failed: string | null = null;
  /** What the stream has carried so far, in bytes. */
  bytes = 0;

  constructor(
    url: string,
    private readonly headers: Record<string, string> = {},
  ) {
    void this.read(url);
  }

  get messages(): number {
    return this.seen.length;
  }

  /** When a message with at least this version arrived (waits for it). */
  async reached(version: number): Promise<number> {
    return (await this.message(version)).at;
  }

  /** The first message with at least this version (waits for it). */
  message(version: number): Promise<Arrival> {
    const hit = this.seen.find((entry) => entry.version >= version);
    if (hit) return Promise.resolve(hit);
    return new Promise((resolve) => this.waiters.push({ version, resolve }));
  }

  close() {
    this.abort.abort();
  }

  private async read(url: string) {
    try {
      const response = await fetch(url, { signal: this.abort.signal, headers: this.headers });
      if (!response.ok || !response.body) throw new Error(`status ${response.status}`);
      const decoder = new TextDecoder();
      let buffer = '';
      const reader = response.body.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        this.bytes += value.byteLength;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const message = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = /^data: (.*)$/m.exec(message)?.[1];
          if (data) this.arrived(JSON.parse(data) as Arrival['data']);
        }
      }
    } catch (error) {
      if (!this.abort.signal.aborted) this.failed = String(error);
    }
  }

  private arrived(data: Arrival['data']) {
    const arrival = { version: data.version, at: performance.now(), data };
    this.seen.push(arrival);
    this.waiters = this.waiters.filter((waiter) => {
      if (data.version < waiter.version) return true;
      waiter.resolve(arrival);
      return false;
    });
  }
}

/** Waits until every stream has seen `version`, or gives up after `timeoutMs` (reporting how many did). */
async function allReached(streams: Stream[], version: number, since: number, timeoutMs = 60_000) {
  let reached = 0;
  const times = streams.map((stream) =>
    stream.reached(version).then((at) => {
      reached++;
      return at;
    }),
  );
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
  const all = await Promise.race([Promise.all(times), timeout]);
  return all
    ? { ms: Math.max(...all) - since, reached: streams.length }
    : { ms: Number.NaN, reached };
}

/**
 * What each phone does with "next" (version `version`, question `index`): it shows the question from the
 * message when the message carries it and `fromMessage` is on, else it fetches its view, as
 * student-live.tsx does. Returns when the last message arrived and when the last phone showed the
 * question, from `since`, and how many views were fetched.
 */
async function allShown(
  phones: { stream: Stream; base: string; token: string }[],
  code: string,
  version: number,
  index: number,
  since: number,
  fromMessage: boolean,
) {
  let fetched = 0;
  const times = await Promise.all(
    phones.map(async (phone) => {
      const arrival = await phone.stream.message(version);
      if (fromMessage && arrival.data.state?.current?.index === index) {
        return { eventAt: arrival.at, shownAt: arrival.at };
      }
      fetched++;
      const response = await fetch(`${phone.base}/api/live/${code}`, {
        headers: { 'x-participant-token': phone.token },
      });
      const view = (await response.json()) as { current: { index: number } | null };
      if (view.current?.index !== index) throw new Error('a phone fetched a view without "next"');
      return { eventAt: arrival.at, shownAt: performance.now() };
    }),
  );
  return {
    eventMs: Math.max(...times.map((time) => time.eventAt)) - since,
    shownMs: Math.max(...times.map((time) => time.shownAt)) - since,
    fetched,
  };
}

/**
 * Wrong-code guesses from 127.0.0.2 until stopped, `perSecond` of them (the attack the issue found sent
 * about 145 a second), over kept-alive connections, every one with a forged X-Forwarded-For, spread over
 * join, view and answer. Counts statuses. Not a volumetric attack: no rate limit keeps one process's CPU
 * free of requests it must still read and refuse, which is the network's job.
 */
class Flood {
  private stopped = false;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });
  readonly statuses: Record<string, number> = {};
  private sent = 0;
  private started = performance.now();
  private ended = 0;
  private readonly running: Promise<void>[];

  constructor(
    private readonly bases: string[],
    private readonly perSecond = 300,
    concurrency = 50,
  ) {
    this.running = Array.from({ length: concurrency }, () => this.loop());
  }

  private async loop() {
    while (!this.stopped) {
      const i = this.sent++;
      const due = this.started + (i * 1000) / this.perSecond;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (this.stopped) break;
      const status = await this.guess(i);
      this.statuses[status] = (this.statuses[status] ?? 0) + 1;
    }
  }

  private guess(i: number): Promise<number> {
    const base = new URL(this.bases[i % this.bases.length] as string);
    const forged = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
    const kind = i % 4;
    const path =
      kind === 0 ? '/api/join' : kind === 3 ? '/api/live/ZZZZZZ/answers' : '/api/live/ZZZZZZ';
    const body =
      kind === 0
        ? JSON.stringify({ code: 'ZZZZZZ', name: `guess ${i}` })
        : kind === 3
          ? JSON.stringify({ questionId: 'q', choice: 'x', submissionId: `flood-${i}-xxxxxxxx` })
          : undefined;
    return new Promise((resolve) => {
      const request = httpRequest(
        {
          host: base.hostname,
          port: base.port,
          path,
          method: body ? 'POST' : 'GET',
          localAddress: '127.0.0.2',
          agent: this.agent,
          headers: {
            'x-forwarded-for': forged,
            ...(kind === 3 ? { 'x-participant-token': `forged-${i}` } : {}),
            ...(body ? { 'content-type': 'application/json' } : {}),
          },
        },
        (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        },
      );
      request.on('error', () => resolve(0));
      request.end(body);
    });
  }

  async stop() {
    this.stopped = true;
    await Promise.all(this.running);
    this.ended = performance.now();
    this.agent.destroy();
  }

  summary() {
    const seconds = ((this.ended || performance.now()) - this.started) / 1000;
    const total = Object.values(this.statuses).reduce((sum, n) => sum + n, 0);
    return {
      requests: total,
      perSecond: Math.round(total / seconds),
      statuses: Object.entries(this.statuses)
        .map(([status, n]) => `${n}×${status}`)
        .join(' '),
    };
  }
}

type Shown = Awaited<ReturnType<typeof allShown>>;

const shownRow = (shown: Shown) => ({
  'event on last phone, ms': shown.eventMs.toFixed(0),
  'question on last phone, ms': shown.shownMs.toFixed(0),
  'shown / event': (shown.shownMs / shown.eventMs).toFixed(2),
  'view GETs': shown.fetched,
});

interface RunResult {
  setup: string;
  students: number;
  refetched: Shown;
  fanned: Shown;
  accepted: number;
  lost: number;
  errors: string;
  p50: string;
  p95: string;
  p99: string;
  nextMs: string;
  flood: string;
}

/** One class, over HTTP, on these instances (the teacher on the first), with a flood if asked. */
async function runClass(
  setup: string,
  bases: string[],
  args: ClassArgs,
  flooded = false,
): Promise<RunResult> {
  const flood = flooded ? new Flood(bases) : null;
  try {
    return await classOn(setup, bases, args, flood);
  } finally {
    await flood?.stop();
  }
}

async function classOn(
  setup: string,
  bases: string[],
  args: ClassArgs,
  flood: Flood | null,
): Promise<RunResult> {
  const baseOf = (i: number) => bases[i % bases.length] as string;
  const created = await fetch(`${bases[0]}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ slug: args.slug, mode: 'teacher' }),
  });
  if (created.status !== 201)
    throw new Error(`could not create a session: ${created.status} ${await created.text()}`);
  const session = (await created.json()) as { id: string; code: string };
  const cookie = (created.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const control = async (action: string) => {
    const response = await fetch(`${bases[0]}/api/sessions/${session.id}/control`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ action }),
    });
    if (!response.ok) throw new Error(`could not ${action}: ${response.status}`);
    return ((await response.json()) as { version: number }).version;
  };

  const students: { i: number; token: string; participantId: string; base: string }[] = [];
  const joinSamples: Sample[] = [];
  const joinStart = performance.now();
  await pooled(
    Array.from({ length: args.students }, (_, i) => i),
    25,
    async (i) => {
      let joined: { token: string; participantId: string } | undefined;
      joinSamples.push(
        await timed(async () => {
          const response = await fetch(`${baseOf(i)}/api/join`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ code: session.code, name: `Student ${i + 1}` }),
          });
          if (response.ok) joined = await response.clone().json();
          return response;
        }),
      );
      const { token, participantId } = joined ?? {};
      if (token && participantId) students.push({ i, token, participantId, base: baseOf(i) });
    },
  );
  const joinWall = performance.now() - joinStart;

  // Every phone holds its stream open on its own instance, as the student page does.
  const streams = students.map(
    (student) =>
      new Stream(
        `${student.base}/api/live/${session.code}/events?participant=${student.participantId}`,
      ),
  );
  const phones = students.map((student, k) => ({ ...student, stream: streams[k] as Stream }));
  const connected = await allReached(streams, 1, performance.now());
  if (connected.reached < streams.length) {
    throw new Error(`only ${connected.reached} of ${streams.length} live streams opened`);
  }
  const startedAt = performance.now();
  const started = await control('start');
  const startDelivery = await allReached(streams, started, startedAt);

  const first = students[0];
  if (!first) throw new Error('no student could join');
  const view = (await (
    await fetch(`${first.base}/api/live/${session.code}`, {
      headers: { 'x-participant-token': first.token },
    })
  ).json()) as { current: { question: { id: string; choices: string[] } } };
  const { id: questionId, choices } = view.current.question;

  // Warm-up so the first burst does not pay for route compilation caches.
  await Promise.all(bases.map((base) => fetch(`${base}/icon.svg`).then((r) => r.arrayBuffer())));
  const baseline = await burst(students.map((student) => () => fetch(`${student.base}/icon.svg`)));
  const reads = await burst(
    students.map(
      (student) => () =>
        fetch(`${student.base}/api/live/${session.code}`, {
          headers: { 'x-participant-token': student.token },
        }),
    ),
  );
  const answer = (student: (typeof students)[number]) => () =>
    fetch(`${student.base}/api/live/${session.code}/answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-participant-token': student.token },
      body: JSON.stringify({
        questionId,
        choice: choices[student.i % choices.length] as string,
        submissionId: `bench-${student.i.toString().padStart(6, '0')}-${session.code}`,
      }),
    });
  // The teacher's dashboard stream, as the answers come in: deltas, not the whole view each time.
  const dashboard = new Stream(`${bases[0]}/api/sessions/${session.id}/events`, { cookie });
  await dashboard.reached(1);
  const dashboardBefore = { bytes: dashboard.bytes, messages: dashboard.messages };
  const answers = await burst(students.map(answer));
  // Every phone resends once (a lost acknowledgement): all must be acknowledged and none doubled.
  const resends = await burst(students.map(answer));
  const answered = await fetch(`${bases[0]}/api/sessions/${session.id}`, { headers: { cookie } });
  const { version: answeredVersion } = (await answered.clone().json()) as { version: number };
  const viewBytes = (await answered.arrayBuffer()).byteLength;
  await dashboard.reached(answeredVersion);
  dashboard.close();

  // "Next" twice: first shown as phones did before the stream carried the question, then as they do now.
  const nextAt = performance.now();
  const next = await control('next');
  const refetched = await allShown(phones, session.code, next, 1, nextAt, false);
  const nextDelivery = await allReached(streams, next, nextAt);
  const fannedAt = performance.now();
  const fanned = await allShown(phones, session.code, await control('next'), 2, fannedAt, true);
  for (const stream of streams) stream.close();
  await flood?.stop();

  const teacher = (await (
    await fetch(`${bases[0]}/api/sessions/${session.id}`, { headers: { cookie } })
  ).json()) as { participants: unknown[]; results: { rows: ResultRowLike[] } };
  const stored = new Set(
    teacher.results.rows.filter((row) => row.cells[0]?.choice).map((row) => row.name),
  );
  const acknowledged = students.filter((_, k) => answers.samples[k]?.ok);
  const lost = acknowledged.filter((student) => !stored.has(`Student ${student.i + 1}`)).length;
  const accepted = answers.samples.filter((sample) => sample.status === 201).length;
  const broken = streams.filter((stream) => stream.failed).length;

  console.log(
    `\n${setup}: ${args.students} students on ${bases.join(', ')}, session ${session.code}`,
  );
  console.table([
    summarize('baseline: GET /icon.svg ×N at once', baseline.samples, baseline.wallMs),
    summarize('join (25 in flight)', joinSamples, joinWall),
    summarize('student view GET ×N at once', reads.samples, reads.wallMs),
    summarize('answer POST ×N at once', answers.samples, answers.wallMs),
    summarize('resend same answers ×N', resends.samples, resends.wallMs),
  ]);
  console.log(
    `Accepted ${accepted}/${args.students}; stored per the teacher's view: ${stored.size}; lost (acknowledged, not stored): ${lost}; participants: ${teacher.participants.length}.`,
  );
  console.log(
    `"start" reached all ${startDelivery.reached} streams in ${startDelivery.ms.toFixed(0)} ms, "next" in ${nextDelivery.ms.toFixed(0)} ms (${nextDelivery.reached} streams; ${broken} broke).`,
  );
  console.table([
    { '"next" shown': 'by fetching the view (before)', ...shownRow(refetched) },
    { '"next" shown': 'from the stream message (now)', ...shownRow(fanned) },
  ]);
  const sent = dashboard.bytes - dashboardBefore.bytes;
  const messages = dashboard.messages - dashboardBefore.messages;
  console.log(
    `The teacher's stream carried the ${accepted} answers in ${messages} messages, ${(sent / 1024).toFixed(1)} kB in all; the whole view they would each have fetched is ${(viewBytes / 1024).toFixed(1)} kB (${((messages * viewBytes) / 1024).toFixed(0)} kB for ${messages}).`,
  );
  const flooded = flood?.summary();
  if (flooded) {
    console.log(
      `Flood from 127.0.0.2 with forged X-Forwarded-For, during the whole class: ${flooded.requests} requests (${flooded.perSecond}/s): ${flooded.statuses}.`,
    );
  }
  const refusedJoins = joinSamples.filter((sample) => !sample.ok).length;
  if (refusedJoins > 0) {
    console.error(`MISMATCH: ${refusedJoins} students could not join.`);
    process.exitCode = 1;
  }
  if (lost > 0 || stored.size !== accepted) {
    console.error('MISMATCH: acknowledged answers and stored answers differ.');
    process.exitCode = 1;
  }
  const ms = answers.samples.map((sample) => sample.ms).sort((x, y) => x - y);
  const errors = answers.samples.filter((sample) => !sample.ok).length;
  return {
    setup,
    students: args.students,
    refetched,
    fanned,
    accepted,
    lost,
    errors: String(errors),
    p50: percentile(ms, 50).toFixed(0),
    p95: percentile(ms, 95).toFixed(0),
    p99: percentile(ms, 99).toFixed(0),
    nextMs:
      nextDelivery.reached === streams.length
        ? nextDelivery.ms.toFixed(0)
        : `${nextDelivery.reached}/${streams.length} in 60 s`,
    flood: flooded ? `${flooded.requests} (${flooded.perSecond}/s): ${flooded.statuses}` : '',
  };
}

interface ResultRowLike {
  name: string;
  cells: { choice: string | null }[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilHealthy(base: string, server: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server on ${base} exited while starting`);
    if (
      await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`server at ${base} did not start`);
}

// Next itself rather than npx, so the process we wait for is the server (it renames itself next-server).
const NEXT_BIN = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');

/** `next start` processes, each in its own process group (stopped by that group's id only). */
class Instances {
  private readonly children: ChildProcess[] = [];

  async start(count: number, env: Record<string, string>): Promise<string[]> {
    const bases: string[] = [];
    for (let i = 0; i < count; i++) {
      const port = await freePort();
      const child = spawn(
        process.execPath,
        [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)],
        {
          detached: true,
          stdio: ['ignore', 'ignore', 'inherit'],
          env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
        },
      );
      this.children.push(child);
      bases.push(`http://127.0.0.1:${port}`);
    }
    await Promise.all(
      bases.map((base, i) => waitUntilHealthy(base, this.children[i] as ChildProcess)),
    );
    return bases;
  }

  /** SIGTERM to each group, then waits for the processes to end (SIGKILL after 10 s). */
  async stop() {
    await Promise.all(
      this.children.splice(0).map(async (child) => {
        if (!child.pid || child.exitCode !== null) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        const signal = (name: NodeJS.Signals) => {
          try {
            process.kill(-(child.pid as number), name);
          } catch {
            // Already stopped.
          }
        };
        signal('SIGTERM');
        const timer = setTimeout(() => signal('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }),
    );
  }
}

/** Each size of class in turn on these instances, then each again under a flood if asked. */
async function classes(setup: string, bases: string[], args: Args): Promise<RunResult[]> {
  const results: RunResult[] = [];
  for (const flooded of args.flood === undefined ? [false] : [false, true]) {
    for (const students of args.students) {
      const label = flooded ? `${setup}, under flood` : setup;
      results.push(await runClass(label, bases, { ...args, students }, flooded));
    }
  }
  return results;
}

function report(results: RunResult[], flooded: boolean) {
  console.log('\nAnswering one question at once (latency of the answer POST, ms):');
  console.table(
    results.map((result) => ({
      setup: result.setup,
      students: result.students,
      accepted: result.accepted,
      lost: result.lost,
      errors: result.errors,
      p50: result.p50,
      p95: result.p95,
      p99: result.p99,
      '"next" on every stream, ms': result.nextMs,
      ...(flooded ? { 'flood requests (statuses)': result.flood } : {}),
    })),
  );
  console.log(
    '\n"Next question" on the last phone, ms after the teacher pressed it: the stream message, and the question shown (before: every phone fetches its view; now: from the message):',
  );
  console.table(
    results.map((result) => ({
      setup: result.setup,
      phones: result.students,
      'event (before)': result.refetched.eventMs.toFixed(0),
      'shown (before)': result.refetched.shownMs.toFixed(0),
      'GETs (before)': result.refetched.fetched,
      'event (now)': result.fanned.eventMs.toFixed(0),
      'shown (now)': result.fanned.shownMs.toFixed(0),
      'GETs (now)': result.fanned.fetched,
      'shown / event (now)': (result.fanned.shownMs / result.fanned.eventMs).toFixed(2),
    })),
  );
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const flooded = args.flood !== undefined;
  if (args.url) {
    report(await classes('given server', [args.url.replace(/\/$/, '')], args), flooded);
    return;
  }
  if (!existsSync(path.join(process.cwd(), '.next', 'BUILD_ID'))) {
    throw new Error('no production build: run `npm run build` first, or pass --url');
  }
  const instances = new Instances();
  const dir = mkdtempSync(path.join(tmpdir(), 'cited-bench-'));
  let postgres: TestPostgres | null = null;
  const stop = async () => {
    await instances.stop();
    await postgres?.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    void stop().then(() => process.exit(130));
  });
  try {
    // A class this size is a lecture hall: lift the per-session cap and join rate so every student can
    // join within the run (they arrive over minutes in a real hall; here, 25 at a time).
    const largest = String(Math.max(...args.students));
    const cap = { CITED_MAX_PARTICIPANTS: largest, CITED_JOINS_PER_SESSION_PER_MINUTE: largest };
    const sqlite = await instances.start(1, {
      ...cap,
      CITED_DB_PATH: path.join(dir, 'bench.sqlite'),
    });
    const results = await classes('1 instance, SQLite', sqlite, args);
    await instances.stop();
    if (args.instances > 1) {
      postgres = await startTestPostgres(args['database-url']);
      const url = await postgres.createDatabase();
      const shared = await instances.start(args.instances, { ...cap, DATABASE_URL: url });
      results.push(...(await classes(`${args.instances} instances, PostgreSQL`, shared, args)));
    }
    report(results, flooded);
  } finally {
    await stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
