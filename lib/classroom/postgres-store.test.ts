import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '@/lib/testing/postgres';
import { SCHEMA_VERSION } from './migrations';
import { describeStoreFailure } from './open-store';
import { PostgresStore } from './postgres-store';
import { isStoreUnavailable } from './store-errors';
import { newSession, participant } from './test-fixtures';

// What is particular to PostgreSQL; the behaviour both backends share is in store.test.ts.

let postgres: TestPostgres;
const opened: PostgresStore[] = [];

beforeAll(async () => {
  postgres = await startTestPostgres();
}, 60_000);

afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

afterAll(async () => {
  await postgres?.stop();
});

async function open(url: string, reconnectDelayMs = 100, log?: (message: string) => void) {
  const store = await PostgresStore.open({
    url,
    poolMax: 4,
    connectTimeoutMs: 3000,
    reconnectDelayMs,
    log: log ?? (() => {}),
  });
  opened.push(store);
  return store;
}

async function admin<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const session = newSession('s1', { code: 'PGTEST' });

describe('PostgresStore', () => {
  it('hears other instances again after losing its LISTEN connection, and catches up on what it missed', async () => {
    const url = await postgres.createDatabase();
    // A long first reconnection delay, so a write can land while the listener is certainly away.
    const logged: string[] = [];
    const listening = await open(url, 1_500, (message) => logged.push(message));
    const writer = await open(url);
    await writer.createSession(session, { now: 1, idleMs: 1000 });
    const heard: number[] = [];
    listening.changes.subscribe('s1', (version) => heard.push(version));

    await writer.updateSession('s1', { revealed: true });
    await until(async () => heard.includes(2), 'the first change arrives');

    const killed = await admin(url, (client) =>
      client.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE application_name = 'cited-listener' AND datname = current_database()`,
      ),
    );
    expect(killed.rowCount).toBe(2);
    await until(
      async () => (await listening.health()).changes === 'reconnecting',
      'the listener notices',
    );

    // Announced while nobody on `listening` hears it: only the catch-up can deliver it.
    const missed = await writer.updateSession('s1', { currentIndex: 0, revealed: false });
    expect((await listening.health()).changes).toBe('reconnecting');
    await until(async () => heard.includes(missed?.version ?? -1), 'the catch-up announces it');
    expect((await listening.health()).changes).toBe('listening');

    // And live announcements flow again.
    await writer.updateSession('s1', { status: 'ended' });
    await until(async () => heard.includes((missed?.version ?? 0) + 1), 'a new change arrives');
    expect(logged).toEqual([
      'the LISTEN connection was lost (terminating connection due to administrator command); reconnecting',
    ]);
  });

  it('ignores a malformed announcement and keeps relaying the next ones', async () => {
    const url = await postgres.createDatabase();
    const logged: string[] = [];
    const store = await open(url, 100, (message) => logged.push(message));
    await store.createSession(session, { now: 1, idleMs: 1000 });
    const heard: number[] = [];
    store.changes.subscribe('s1', (version) => heard.push(version));
    await admin(url, async (client) => {
      await client.query(`SELECT pg_notify('cited_session', 'not json')`);
      await client.query(`SELECT pg_notify('cited_session', '{"id":"s1","version":"two"}')`);
    });
    await store.updateSession('s1', { revealed: true });
    await until(async () => heard.includes(2), 'the valid change arrives');
    expect(heard).toEqual([2]);
    expect(logged).toEqual([
      'ignored a malformed notification on cited_session: not json',
      'ignored a malformed notification on cited_session: {"id":"s1","version":"two"}',
    ]);
  });

  it('migrates once when several instances start together', async () => {
    const url = await postgres.createDatabase();
    await Promise.all([open(url), open(url), open(url)]);
    const { rows } = await admin(url, (client) =>
      client.query<{ version: number }>(
        'SELECT version FROM cited_schema_migrations ORDER BY version',
      ),
    );
    expect(rows.map((row) => row.version)).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1),
    );
  });

  it('refuses to open an unreachable server, with one line that names it but not its password', async () => {
    const url = 'postgres://cited:s3cret-pass@127.0.0.1:9/cited';
    const error = await PostgresStore.open({ url, poolMax: 2, connectTimeoutMs: 2000 }).then(
      () => null,
      (reason: unknown) => reason,
    );
    expect(isStoreUnavailable(error)).toBe(true);
    const line = describeStoreFailure({ DATABASE_URL: url, CITED_DB_PATH: 'unused' }, error);
    expect(line).toMatch(
      /^Cited cannot start: PostgreSQL at 127\.0\.0\.1:9\/cited: .*ECONNREFUSED/,
    );
    expect(line).not.toContain('s3cret');
    expect(line).not.toContain('\n');
  });

  it('answers requests that arrive when its pool is busy, in turn', async () => {
    const url = await postgres.createDatabase();
    const store = await open(url);
    await store.createSession(session, { now: 1, idleMs: 1000 });
    // 4 connections, 200 concurrent joins: they queue for a connection instead of failing.
    const joins = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        store.addParticipant(participant(`p${i}`, 's1', 2), 1000),
      ),
    );
    expect(joins.every((join) => join.outcome === 'added')).toBe(true);
    expect((await store.getSession('s1'))?.version).toBe(201);
  });
});
