import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import type { SessionChange } from './events';
import {
  ANSWER_ROW_BYTES,
  PARTICIPANT_ROW_BYTES,
  SCHEMA_VERSION,
  SchemaTooNewError,
} from './migrations';
import { migratePostgres } from './postgres-store';
import { SqliteStore, migrate } from './sqlite-store';
import type { NewSession, Store } from './store';
import { FAR, answer, asStored, newSession, participant } from './test-fixtures';
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
  /**
   * A database at schema version 2 holding a session with two participants (p1, p2), one answer (p1) and
   * an attempt counter, written as version 2 wrote them (frozen), and how to open it with the current code.
   */
  openVersion2(): Promise<() => Promise<Store>>;
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

// Version 2 rows, frozen: a 10-byte quiz snapshot, two participants, one answer, one attempt window.
const V2_ROWS = {
  sqlite: [
    `INSERT INTO sessions (id, code, live_code, slug, mode, feedback, quiz_json, question_ids, host_hash,
       status, current_index, revealed, version, created_at, last_activity_at, expires_at)
     VALUES ('v2', 'OLDV2Z', 'OLDV2Z', 'fixture', 'teacher', 0, '{"v":"2"} ', '["q1"]', 'h', 'active', 0,
       0, 4, 500, 600, 10000000000000)`,
    `INSERT INTO participants (id, session_id, name, token_hash, joined_at)
     VALUES ('p1', 'v2', 'Ana', 'token-p1', 510), ('p2', 'v2', 'Ana', 'token-p2', 520)`,
    `INSERT INTO answers (session_id, participant_id, question_id, choice, correct, submission_id,
       answered_at) VALUES ('v2', 'p1', 'q1', 'A', 1, 'sub-p1', 530)`,
    `INSERT INTO attempts (key, window_start, count) VALUES ('join-code:10.0.0.1', 700, 3)`,
  ],
  postgres: [
    `INSERT INTO sessions (id, code, live_code, slug, mode, feedback, quiz_json, question_ids, host_hash,
       status, current_index, revealed, version, created_at, last_activity_at, expires_at)
     VALUES ('v2', 'OLDV2Z', 'OLDV2Z', 'fixture', 'teacher', false, '{"v":"2"} ', '{q1}', 'h', 'active',
       0, false, 4, 500, 600, 10000000000000)`,
    `INSERT INTO participants (id, session_id, name, token_hash, joined_at)
     VALUES ('p1', 'v2', 'Ana', 'token-p1', 510), ('p2', 'v2', 'Ana', 'token-p2', 520)`,
    `INSERT INTO answers (session_id, participant_id, question_id, choice, correct, submission_id,
       answered_at) VALUES ('v2', 'p1', 'q1', 'A', true, 'sub-p1', 530)`,
    `INSERT INTO attempts (key, window_start, count) VALUES ('join-code:10.0.0.1', 700, 3)`,
  ],
};

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
    async openVersion2() {
      const file = tempFile();
      const db = new Database(file);
      migrate(db, 2);
      for (const statement of V2_ROWS.sqlite) db.exec(statement);
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
    async openVersion2() {
      const url = await createDatabase();
      const pool = new pg.Pool({ connectionString: url });
      await migratePostgres(pool, 2);
      for (const statement of V2_ROWS.postgres) await pool.query(statement);
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

/**
 * The next change a store announces for a session (PostgreSQL delivers them asynchronously, so an earlier
 * write's may still be on its way: `only` waits for one of that kind).
 */
function nextChange(store: Store, sessionId: string, only?: SessionChange, timeoutMs = 5_000) {
  return new Promise<{ version: number; change: SessionChange }>((resolve, reject) => {
    const timer = setTimeout(() => {
      unsubscribe();
      reject(new Error(`no change announced for ${sessionId} within ${timeoutMs} ms`));
    }, timeoutMs);
    const unsubscribe = store.changes.subscribe(sessionId, (version, change) => {
      if (only && change !== only) return;
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
      locked: false,
      approveJoins: false,
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
    expect(await again.findParticipantByTokenHash('token-p1')).toEqual(asStored(participant('p1')));
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

  it('reads a session, its participants and answers as of one moment, while another instance writes', async () => {
    const { a, b } = await backend.open();
    await created(a, newSession('s1', { mode: 'student' }));
    const ids = Array.from({ length: 30 }, (_, i) => `p${i}`);
    for (const id of ids) await a.addParticipant(participant(id), 100);
    const writes = Promise.all(
      ids.map((id) => b.recordAnswer(answer(id), { questionIndex: null })),
    );
    const snapshots = [];
    for (let i = 0; i < 5; i++) snapshots.push(await a.sessionSnapshot('s1'));
    await writes;
    snapshots.push(await a.sessionSnapshot('s1'));
    const start = (await a.getSession('s1'))!.version - ids.length;
    for (const snapshot of snapshots) {
      // Every answer bumps the version once: the version says exactly how many answers the snapshot holds.
      expect(snapshot?.answers).toHaveLength(snapshot!.session.version - start);
      expect(snapshot?.participants).toHaveLength(ids.length);
    }
    expect(snapshots.at(-1)?.answers).toHaveLength(ids.length);
    expect(await a.sessionSnapshot('nope')).toBeNull();
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

  it('refuses a join to a locked session, and keeps the lock and approval settings', async () => {
    const { a, b } = await backend.open();
    await created(a, newSession('s1'));
    const locked = await a.updateSession('s1', { locked: true, approveJoins: true });
    expect(locked).toMatchObject({ locked: true, approveJoins: true });
    expect(await b.addParticipant(participant('p1'), 10)).toEqual({ outcome: 'locked' });
    await b.updateSession('s1', { locked: false });
    expect(await a.getSession('s1')).toMatchObject({ locked: false, approveJoins: true });
    expect((await a.addParticipant(participant('p1'), 10)).outcome).toBe('added');
  });

  it('holds one name per session under concurrent joins, and frees it when its holder is removed', async () => {
    const { a, b } = await backend.open();
    await created(a, newSession('s1'));
    await created(a, newSession('s2', { code: 'OTHER2' }));
    const joins = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 ? a : b).addParticipant(participant(`p${i}`, 's1', 2_000, { nameKey: 'alice' }), 50),
      ),
    );
    expect(joins.filter((join) => join.outcome === 'added')).toHaveLength(1);
    expect(joins.filter((join) => join.outcome === 'name-taken')).toHaveLength(9);
    // Another session may have its own Alice.
    expect(
      (await a.addParticipant(participant('q1', 's2', 2_000, { nameKey: 'alice' }), 50)).outcome,
    ).toBe('added');
    const [holder] = await a.listParticipants('s1');
    await b.setParticipantStatus('s1', [holder?.id ?? ''], 'removed', 3_000);
    expect(
      (await a.addParticipant(participant('again', 's1', 3_100, { nameKey: 'alice' }), 50)).outcome,
    ).toBe('added');
  });

  it('admits pending participants, removes any, and tells every instance (a control change)', async () => {
    const { a, b } = await backend.open();
    await created(a, newSession('s1'));
    await a.addParticipant(participant('p1', 's1', 2_000, { status: 'pending' }), 10);
    await a.addParticipant(participant('p2', 's1', 2_001, { status: 'pending' }), 10);
    await a.addParticipant(participant('p3', 's1', 2_002), 10);
    expect((await a.getParticipant('p1'))?.status).toBe('pending');

    const heard = nextChange(b, 's1', 'control');
    const admitted = await a.setParticipantStatus('s1', ['p1', 'p3', 'ghost'], 'admitted', 4_000);
    // Only a pending participant is admitted; p3 was in already, ghost does not exist.
    expect(admitted).toEqual({ changed: 1, version: 5 });
    expect(await heard).toEqual({ version: 5, change: 'control' });
    const removed = await b.setParticipantStatus('s1', ['p2', 'p3', 'p3'], 'removed', 5_000);
    expect(removed).toEqual({ changed: 2, version: 6 });
    expect((await a.listParticipants('s1')).map((p) => `${p.id}:${p.status}`)).toEqual([
      'p1:admitted',
      'p2:removed',
      'p3:removed',
    ]);
    // Removing again changes nothing but still moves the version on.
    expect(await a.setParticipantStatus('s1', ['p2'], 'removed', 6_000)).toEqual({
      changed: 0,
      version: 7,
    });
    expect(await a.setParticipantStatus('nope', ['p1'], 'removed', 6_000)).toBeNull();
    expect(await a.getParticipant('nope')).toBeNull();
    expect((await a.findParticipantByTokenHash('token-p3'))?.status).toBe('removed');
  });

  it('counts the cap without removed participants', async () => {
    const { a } = await backend.open();
    await created(a, newSession('s1'));
    await a.addParticipant(participant('p1'), 2);
    await a.addParticipant(participant('p2', 's1', 2_000, { status: 'pending' }), 2);
    expect(await a.addParticipant(participant('p3'), 2)).toEqual({ outcome: 'full' });
    await a.setParticipantStatus('s1', ['p2'], 'removed', 3_000);
    expect((await a.addParticipant(participant('p3'), 2)).outcome).toBe('added');
  });

  it('counts what sessions take, and makes room by deleting the longest-expired first', async () => {
    const { a, b } = await backend.open();
    const quiz = (n: number) => JSON.stringify({ pad: 'x'.repeat(n - 10) });
    expect(quiz(1_000)).toHaveLength(1_000);
    // Expired at 5 000 (its expiry), at 3 000 (idle since 1 000 with 2 000 idle time), and live.
    await created(
      a,
      newSession('exp-5', {
        code: 'EXP555',
        quizJson: quiz(1_000),
        expiresAt: 5_000,
        lastActivityAt: 4_500,
      }),
    );
    await created(
      a,
      newSession('idle-3', { code: 'IDL333', quizJson: quiz(1_000), lastActivityAt: 1_000 }),
    );
    await created(
      a,
      newSession('live', { code: 'LIVE22', quizJson: quiz(1_000), lastActivityAt: 9_000 }),
    );
    await a.addParticipant(participant('p1', 'live', 9_000), 10);
    await a.recordAnswer(answer('p1', { sessionId: 'live', answeredAt: 9_500 }), {
      questionIndex: 0,
    });
    const used = 3_000 + PARTICIPANT_ROW_BYTES + ANSWER_ROW_BYTES;
    expect(await b.storedBytes()).toBe(used);

    const room = { now: 10_000, idleMs: 2_000 };
    // It fits already: nothing is deleted.
    expect(await b.makeRoom({ ...room, bytes: 500, maxBytes: used + 500 })).toBe(true);
    expect(await a.getSession('idle-3')).not.toBeNull();
    // One more kilobyte than there is room for: the longest-expired session goes (idle since 3 000).
    expect(await b.makeRoom({ ...room, bytes: 1_000, maxBytes: used + 500 })).toBe(true);
    expect(await a.getSession('idle-3')).toBeNull();
    expect(await a.getSession('exp-5')).not.toBeNull();
    // More than expired sessions can free: the expired one goes, the live one never, and no room.
    expect(await b.makeRoom({ ...room, bytes: 3_000, maxBytes: used })).toBe(false);
    expect(await a.getSession('exp-5')).toBeNull();
    expect(await a.getSession('live')).not.toBeNull();
    expect(await a.storedBytes()).toBe(used - 2_000);
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
      lastAt: start + 60_000,
    });
    // lastAt follows every attempt within a window; windowStart stays.
    await a.countAttempt(['all'], 60_000, start + 61_000);
    expect((await b.attempts(['all'], 60_000, start + 61_000)).get('all')).toEqual({
      count: 2,
      windowStart: start + 60_000,
      lastAt: start + 61_000,
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

  it('migrates a version-2 database: everyone admitted, sizes counted, windows given a last attempt', async () => {
    const store = await (await backend.openVersion2())();
    expect(await store.getSession('v2')).toMatchObject({ locked: false, approveJoins: false });
    expect((await store.listParticipants('v2')).map((p) => [p.id, p.status])).toEqual([
      ['p1', 'admitted'],
      ['p2', 'admitted'],
    ]);
    expect(await store.storedBytes()).toBe(10 + 2 * PARTICIPANT_ROW_BYTES + ANSWER_ROW_BYTES);
    expect(
      (await store.attempts(['join-code:10.0.0.1'], 60_000, 800)).get('join-code:10.0.0.1'),
    ).toEqual({ count: 3, windowStart: 700, lastAt: 700 });
    // Names from before version 3 hold no key: they never block a join, and the rows stay as they were.
    const added = await store.addParticipant(
      participant('p3', 'v2', 900, { name: 'Ana', nameKey: 'ana' }),
      10,
    );
    expect(added.outcome).toBe('added');
  });

  it('refuses a database migrated by a newer build', async () => {
    const open = await backend.openNewer();
    await expect(open()).rejects.toBeInstanceOf(SchemaTooNewError);
    await expect(open()).rejects.toThrow(
      `the database schema is version ${SCHEMA_VERSION + 1}, newer than this build`,
    );
  });
});
