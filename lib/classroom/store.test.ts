import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { SessionChange } from './events';
import { SCHEMA_VERSION, SchemaTooNewError } from './migrations';
import { migratePostgres } from './postgres-store';
import { SqliteStore, migrate } from './sqlite-store';
import type { NewSession, Store } from './store';
import { FAR, answer, newSession, participant } from './test-fixtures';
import { testStores } from './test-stores';

/**
 * The contract of `Store`, one table of cases run against both backends. "Two instances" are two stores on
 * one database: for PostgreSQL two pools and two LISTEN connections, so concurrent calls are concurrent
 * transactions on the server; for SQLite (one instance by design) the same store twice.
 */
interface Backend {
  name: 'sqlite' | 'postgres';
  /** A fresh, migrated database, opened as two instances. */
  open(): Promise<{ a: Store; b: Store; reopen(): Promise<Store> }>;
  /** A database at schema version 1 holding `rows`, and how to open it with the current code. */
  openVersion1(rows: Version1Rows): Promise<() => Promise<Store>>;
  /** A database a newer build has migrated, and how to open it. */
  openNewer(): Promise<() => Promise<Store>>;
}

interface Version1Rows {
  session: { id: string; code: string; status: string; createdAt: number };
}

const { track, tempFile, createDatabase, openPostgres } = testStores();

// The version-1 schema had these columns; the fixture is written as version 1 wrote it (frozen).
const V1_SESSION = (rows: Version1Rows) => [
  rows.session.id,
  rows.session.code,
  'fixture',
  'teacher',
  '{}',
  rows.session.status,
  rows.session.createdAt,
];

const BACKENDS: Backend[] = [
  {
    name: 'sqlite',
    async open() {
      const file = tempFile();
      const store = track(new SqliteStore(file));
      return { a: store, b: store, reopen: async () => track(new SqliteStore(file)) };
    },
    async openVersion1(rows) {
      const file = tempFile();
      const db = new Database(file);
      migrate(db, 1);
      db.prepare(
        `INSERT INTO sessions (id, code, slug, mode, feedback, quiz_json, question_ids, host_hash, status,
           current_index, revealed, version, created_at, last_activity_at, expires_at)
         VALUES (?, ?, ?, ?, 0, ?, '["q1"]', 'h', ?, 0, 0, 3, ?, 1, 10000000000000)`,
      ).run(...V1_SESSION(rows));
      db.close();
      return async () => track(new SqliteStore(file));
    },
    async openNewer() {
      const file = tempFile();
      new SqliteStore(file).close();
      const db = new Database(file);
      db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
      db.close();
      return async () => track(new SqliteStore(file));
    },
  },
  {
    name: 'postgres',
    async open() {
      const url = await createDatabase();
      const [a, b] = await Promise.all([openPostgres(url), openPostgres(url)]);
      return { a, b, reopen: () => openPostgres(url) };
    },
    async openVersion1(rows) {
      const url = await createDatabase();
      const pool = new pg.Pool({ connectionString: url });
      await migratePostgres(pool, 1);
      await pool.query(
        `INSERT INTO sessions (id, code, slug, mode, feedback, quiz_json, question_ids, host_hash, status,
           current_index, revealed, version, created_at, last_activity_at, expires_at)
         VALUES ($1, $2, $3, $4, false, $5, '{q1}', 'h', $6, 0, false, 3, $7, 1, 10000000000000)`,
        V1_SESSION(rows),
      );
      await pool.end();
      return () => openPostgres(url);
    },
    async openNewer() {
      const url = await createDatabase();
      await (await openPostgres(url)).close();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(
        `INSERT INTO cited_schema_migrations (version, name) VALUES ($1, 'future')`,
        [SCHEMA_VERSION + 1],
      );
      await client.end();
      return () => openPostgres(url);
    },
  },
];

const release = { now: 1_000, idleMs: 7_200_000 };

/** The next change a store announces for a session (PostgreSQL delivers them asynchronously). */
function nextChange(store: Store, sessionId: string, timeoutMs = 5_000) {
  return new Promise<{ version: number; change: SessionChange }>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no change announced for ${sessionId} within ${timeoutMs} ms`));
    }, timeoutMs);
    const unsubscribe = store.changes.subscribe(sessionId, (version, change) => {
      clearTimeout(timer);
      unsubscribe();
      resolve({ version, change });
    });
  });
}

const created = async (store: Store, session: NewSession) => {
  const result = await store.createSession(session, release);
  if (result === 'code-taken') throw new Error(`code ${session.code} was taken`);
  return result;
};

describe.each(BACKENDS)('$name store', (backend) => {
  it('keeps sessions, participants and answers with their types, across a reopen', async () => {
    const { a, reopen } = await backend.open();
    const session = await created(a, newSession('s1', { feedback: true, currentIndex: -1 }));
    expect(session).toMatchObject({ id: 's1', version: 1, questionIds: ['q1', 'q2'] });
    expect(await a.addParticipant(participant('p1'), 10)).toEqual({ outcome: 'added', version: 2 });
    const stored = await a.recordAnswer(answer('p1', { correct: false }), { questionIndex: null });
    expect(stored).toMatchObject({ outcome: 'created', version: 3 });
    await a.updateSession('s1', { currentIndex: 1, revealed: true, lastActivityAt: 4_000 });
    await a.close();

    const again = await reopen();
    expect(await again.getSession('s1')).toEqual({
      id: 's1',
      code: session.code,
      slug: 'fixture',
      mode: 'teacher',
      feedback: true,
      questionIds: ['q1', 'q2'],
      hostHash: 'host-hash',
      status: 'active',
      currentIndex: 1,
      revealed: true,
      version: 4,
      createdAt: 1_000,
      lastActivityAt: 4_000,
      expiresAt: FAR,
    });
    expect(await again.getSessionQuiz('s1')).toBe('{"quiz":true}');
    expect(await again.findParticipantByTokenHash('token-p1')).toEqual(participant('p1'));
    expect(await again.listParticipantAnswers('p1')).toEqual([answer('p1', { correct: false })]);
    expect(await again.findAnswer('p1', 'q1')).toEqual(answer('p1', { correct: false }));
  });

  it('answers "nothing" for what does not exist', async () => {
    const { a } = await backend.open();
    expect(await a.getSession('nope')).toBeNull();
    expect(await a.getSessionQuiz('nope')).toBeNull();
    expect(await a.findSessionByCode('ZZZZZZ')).toBeNull();
    expect(await a.updateSession('nope', { revealed: true })).toBeNull();
    expect(await a.findParticipantByTokenHash('nope')).toBeNull();
    expect(await a.findAnswer('nope', 'q1')).toBeNull();
    expect(await a.listParticipants('nope')).toEqual([]);
    expect(await a.listAnswers('nope')).toEqual([]);
    expect(await a.sessionVersions(['nope'])).toEqual(new Map());
  });

  it('announces every change with its new version on every instance', async () => {
    const { a, b } = await backend.open();
    await created(a, newSession('s1'));
    const heard = nextChange(b, 's1');
    await a.addParticipant(participant('p1'), 10);
    expect(await heard).toEqual({ version: 2, change: 'activity' });
    const answered = nextChange(b, 's1');
    await a.recordAnswer(answer('p1'), { questionIndex: 0 });
    expect(await answered).toEqual({ version: 3, change: 'activity' });
    const revealed = nextChange(b, 's1');
    const updated = await a.updateSession('s1', { revealed: true });
    expect(await revealed).toEqual({ version: updated?.version, change: 'control' });
    expect(await b.sessionVersions(['s1', 'nope'])).toEqual(new Map([['s1', 4]]));
  });

  it('gives a join code to one live session, even when two instances create at once', async () => {
    const { a, b } = await backend.open();
    for (let round = 0; round < 8; round++) {
      const code = `RACE${round}Z`;
      const results = await Promise.all(
        [a, b, a, b].map((store, i) =>
          store.createSession(newSession(`r${round}-${i}`, { code }), release),
        ),
      );
      expect(results.filter((result) => result !== 'code-taken')).toHaveLength(1);
    }
  });

  it('gives a code again once its session has ended or expired, and finds the newest holder', async () => {
    const { a, b } = await backend.open();
    await created(a, newSession('old', { code: 'REUSE2' }));
    expect(await b.createSession(newSession('early', { code: 'REUSE2' }), release)).toBe(
      'code-taken',
    );
    await a.updateSession('old', { status: 'ended' });
    await created(b, newSession('new', { code: 'REUSE2', createdAt: 2_000 }));
    expect((await a.findSessionByCode('REUSE2'))?.id).toBe('new');

    await created(a, newSession('idle', { code: 'IDLE22', lastActivityAt: 1_000 }));
    const later = { now: 1_000 + release.idleMs, idleMs: release.idleMs };
    expect(await b.createSession(newSession('after', { code: 'IDLE22' }), later)).not.toBe(
      'code-taken',
    );
    await created(a, newSession('ttl', { code: 'TTL222', expiresAt: 5_000 }));
    expect(
      await b.createSession(newSession('late', { code: 'TTL222' }), { ...release, now: 5_000 }),
    ).not.toBe('code-taken');
  });

  it('holds the participant cap under concurrent joins on two instances', async () => {
    const { a, b } = await backend.open();
    await created(a, newSession('s1'));
    const joins = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).addParticipant(participant(`p${i}`), 5)),
    );
    expect(joins.filter((join) => join.outcome === 'added')).toHaveLength(5);
    expect(await a.listParticipants('s1')).toHaveLength(5);
    expect((await b.getSession('s1'))?.version).toBe(6);
  });

  it('stores the first answer only, when resends race on two instances', async () => {
    const { a, b } = await backend.open();
    await created(a, newSession('s1'));
    await a.addParticipant(participant('p1'), 10);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        (i % 2 ? a : b).recordAnswer(answer('p1', { choice: `C${i}`, submissionId: `sub-${i}` }), {
          questionIndex: 0,
        }),
      ),
    );
    const first = results.filter((result) => result.outcome === 'created');
    expect(first).toHaveLength(1);
    const stored = await a.listAnswers('s1');
    expect(stored).toHaveLength(1);
    for (const result of results) {
      if (result.outcome !== 'created') {
        expect(result).toEqual({ outcome: 'exists', answer: stored[0] });
      }
    }
  });

  it('refuses an answer once the question is revealed, passed or the session ended', async () => {
    const { a, b } = await backend.open();
    await created(a, newSession('s1'));
    await created(a, newSession('s2', { mode: 'student', code: 'HOMEWK' }));
    for (const id of ['p1', 'p2', 'p3', 'p4']) await a.addParticipant(participant(id), 10);
    await a.addParticipant(participant('h1', 's2'), 10);

    const early = await b.recordAnswer(answer('p4'), { questionIndex: 0 });
    await a.updateSession('s1', { revealed: true });
    expect(await b.recordAnswer(answer('p1'), { questionIndex: 0 })).toEqual({ outcome: 'closed' });
    // A resend of an answer stored before the lock still finds it, so the phone stops retrying.
    expect(await b.recordAnswer(answer('p4'), { questionIndex: 0 })).toEqual({
      outcome: 'exists',
      answer: early.outcome === 'created' ? early.answer : null,
    });
    await a.updateSession('s1', { currentIndex: 1, revealed: false });
    expect(await b.recordAnswer(answer('p2'), { questionIndex: 0 })).toEqual({ outcome: 'closed' });
    expect(
      (await b.recordAnswer(answer('p2', { questionId: 'q2' }), { questionIndex: 1 })).outcome,
    ).toBe('created');
    await a.updateSession('s1', { status: 'ended' });
    expect(await b.recordAnswer(answer('p3', { questionId: 'q2' }), { questionIndex: 1 })).toEqual({
      outcome: 'closed',
    });
    // Student-paced: any question, in any order, while the session runs.
    const homework = answer('h1', { sessionId: 's2', questionId: 'q2' });
    expect((await b.recordAnswer(homework, { questionIndex: null })).outcome).toBe('created');
    expect(await a.listAnswers('s1')).toHaveLength(2);
  });

  it('orders answers racing a reveal on another instance: before it, or refused', async () => {
    const { a, b } = await backend.open();
    await created(a, newSession('s1'));
    const ids = Array.from({ length: 20 }, (_, i) => `p${i}`);
    for (const id of ids) await a.addParticipant(participant(id), 100);
    const [revealed, ...results] = await Promise.all([
      a.updateSession('s1', { revealed: true }),
      ...ids.map((id) => b.recordAnswer(answer(id), { questionIndex: 0 })),
    ]);
    for (const result of results) {
      if (result.outcome === 'created') expect(result.version).toBeLessThan(revealed?.version ?? 0);
      else expect(result).toEqual({ outcome: 'closed' });
    }
    const stored = results.filter((result) => result.outcome === 'created').length;
    expect(await a.listAnswers('s1')).toHaveLength(stored);
  });

  it('lists participants and answers in the order they arrived', async () => {
    const { a } = await backend.open();
    await created(a, newSession('s1', { mode: 'student' }));
    for (const id of ['zed', 'amy', 'kim']) await a.addParticipant(participant(id), 10);
    for (const id of ['kim', 'zed']) {
      await a.recordAnswer(answer(id), { questionIndex: null });
      await a.recordAnswer(answer(id, { questionId: 'q2' }), { questionIndex: null });
    }
    expect((await a.listParticipants('s1')).map((p) => p.id)).toEqual(['zed', 'amy', 'kim']);
    expect((await a.listAnswers('s1')).map((x) => `${x.participantId}/${x.questionId}`)).toEqual([
      'kim/q1',
      'kim/q2',
      'zed/q1',
      'zed/q2',
    ]);
    expect((await a.listParticipantAnswers('kim')).map((x) => x.questionId)).toEqual(['q1', 'q2']);
  });

  it('refuses an answer of a participant that does not exist', async () => {
    const { a } = await backend.open();
    await created(a, newSession('s1'));
    await expect(a.recordAnswer(answer('ghost'), { questionIndex: 0 })).rejects.toThrow(
      /foreign key/i,
    );
    expect(await a.listAnswers('s1')).toEqual([]);
  });

  it('purges expired sessions with their participants and answers', async () => {
    const { a } = await backend.open();
    await created(a, newSession('s1', { expiresAt: 100 }));
    await created(a, newSession('s2', { expiresAt: 500, code: 'KEEP22' }));
    await a.addParticipant(participant('p1'), 10);
    await a.recordAnswer(answer('p1'), { questionIndex: 0 });
    expect(await a.purgeExpiredBefore(200)).toBe(1);
    expect(await a.getSession('s1')).toBeNull();
    expect(await a.findParticipantByTokenHash('token-p1')).toBeNull();
    expect(await a.findAnswer('p1', 'q1')).toBeNull();
    expect(await a.getSession('s2')).not.toBeNull();
  });

  it('counts attempts exactly under concurrency, per key and window', async () => {
    const { a, b } = await backend.open();
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a : b).countAttempt([i < 30 ? 'addr:1' : 'addr:2', 'all'], 60_000, 1_000 + i),
      ),
    );
    const counts = await a.attempts(['addr:1', 'addr:2', 'all', 'none'], 60_000, 2_000);
    expect(Object.fromEntries([...counts].map(([key, value]) => [key, value.count]))).toEqual({
      'addr:1': 30,
      'addr:2': 10,
      all: 40,
    });
    expect(counts.get('addr:1')?.windowStart).toBeLessThan(1_030);
    // A window ends `windowMs` after it began; the next attempt starts a new one.
    const start = counts.get('all')?.windowStart ?? 0;
    expect((await b.attempts(['all'], 60_000, start + 60_000)).size).toBe(0);
    await b.countAttempt(['all'], 60_000, start + 60_000);
    expect((await a.attempts(['all'], 60_000, start + 60_000)).get('all')).toEqual({
      count: 1,
      windowStart: start + 60_000,
    });
    expect(await a.purgeAttemptsBefore(start + 60_000)).toBe(2);
  });

  it('reports its kind, schema version and a round trip', async () => {
    const { a } = await backend.open();
    const health = await a.health();
    expect(health).toMatchObject({ kind: backend.name, schemaVersion: SCHEMA_VERSION });
    expect(health.latencyMs).toBeGreaterThanOrEqual(0);
    expect(health.changes).toBe(backend.name === 'sqlite' ? 'in-process' : 'listening');
  });

  it('migrates a version-1 database, keeping its sessions and their live codes', async () => {
    const open = await backend.openVersion1({
      session: { id: 'v1', code: 'OLDV1Z', status: 'active', createdAt: 500 },
    });
    const store = await open();
    expect((await store.health()).schemaVersion).toBe(SCHEMA_VERSION);
    expect(await store.getSession('v1')).toMatchObject({ code: 'OLDV1Z', version: 3 });
    expect(await store.createSession(newSession('new', { code: 'OLDV1Z' }), release)).toBe(
      'code-taken',
    );
  });

  it('refuses a database migrated by a newer build', async () => {
    const open = await backend.openNewer();
    await expect(open()).rejects.toBeInstanceOf(SchemaTooNewError);
    await expect(open()).rejects.toThrow(
      `the database schema is version ${SCHEMA_VERSION + 1}, newer than this build`,
    );
  });
});
