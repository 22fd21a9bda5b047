import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { SCHEMA_VERSION } from '../lib/classroom/migrations';
import { startTestPostgres, type TestPostgres } from '../lib/testing/postgres';
import { startApp, untilHealthy } from './app-servers';

// An operator's view of start-up: a database the server cannot use stops it with one line and a non-zero
// exit, before it answers any request; a good one is reported by /api/health. Desktop project only.

let postgres: TestPostgres;
let dir = '';

test.beforeAll(async () => {
  postgres = await startTestPostgres();
  dir = mkdtempSync(path.join(tmpdir(), 'cited-startup-'));
});

test.afterAll(async () => {
  await postgres?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Starts a server that must refuse: its exit status and the lines it printed to stderr. */
async function refusal(env: Record<string, string>, as: { uid?: number; gid?: number } = {}) {
  const server = await startApp(env, as);
  const status = await Promise.race([
    server.exited,
    new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 60_000)),
  ]);
  server.kill();
  return { status, lines: server.stderr().trim().split('\n') };
}

test.describe('server start-up', () => {
  test('refuses to start when PostgreSQL is unreachable, without printing the password', async () => {
    const { status, lines } = await refusal({
      DATABASE_URL: 'postgres://cited:hunter2-secret@127.0.0.1:9/cited',
    });
    expect(status).not.toBe(0);
    expect(status).not.toBe('still running');
    expect(lines).toEqual([
      expect.stringMatching(
        /^Cited cannot start: PostgreSQL at 127\.0\.0\.1:9\/cited: .*ECONNREFUSED/,
      ),
    ]);
    expect(lines.join('\n')).not.toContain('hunter2');
  });

  test('refuses a PostgreSQL database whose schema is newer than the code', async () => {
    const url = await postgres.createDatabase();
    const healthy = await startApp({ DATABASE_URL: url });
    await untilHealthy(healthy);
    healthy.kill();
    await healthy.exited;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(
      "INSERT INTO cited_schema_migrations (version, name) VALUES (99, 'from the future')",
    );
    await client.end();

    const { status, lines } = await refusal({ DATABASE_URL: url });
    expect(status).not.toBe(0);
    expect(status).not.toBe('still running');
    expect(lines).toEqual([
      expect.stringMatching(
        /^Cited cannot start: PostgreSQL at .*: the database schema is version 99, newer than this build/,
      ),
    ]);
  });

  test('refuses a SQLite file whose schema is newer than the code, and a malformed DATABASE_URL', async () => {
    const file = path.join(dir, 'future.sqlite');
    const db = new Database(file);
    db.pragma('user_version = 99');
    db.close();
    const sqlite = await refusal({ CITED_DB_PATH: file });
    expect(sqlite.status).not.toBe(0);
    expect(sqlite.lines).toEqual([
      `Cited cannot start: SQLite at ${file}: the database schema is version 99, newer than this build of Cited understands (${SCHEMA_VERSION}); deploy the newer build or restore a matching backup.`,
    ]);

    const malformed = await refusal({ DATABASE_URL: 'mysql://cited@db/cited' });
    expect(malformed.status).not.toBe(0);
    expect(malformed.lines).toEqual([
      'Cited cannot start: Invalid classroom environment: DATABASE_URL: must start with postgres:// or postgresql://',
    ]);
  });

  test('refuses a SQLite file that is not a database, with one line naming the file', async () => {
    const file = path.join(dir, 'notes.sqlite');
    writeFileSync(file, 'These are my notes, not a database.\n'.repeat(200));
    const { status, lines } = await refusal({ CITED_DB_PATH: file });
    expect(status).not.toBe(0);
    expect(lines).toEqual([
      `Cited cannot start: SQLite at ${file}: the file is not a SQLite database; point CITED_DB_PATH at the right file, or move this one aside.`,
    ]);
  });

  test('refuses a damaged SQLite database (quick_check), with one line', async () => {
    const file = path.join(dir, 'damaged.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE filler (x TEXT)');
    const insert = db.prepare('INSERT INTO filler (x) VALUES (?)');
    for (let i = 0; i < 500; i++) insert.run('x'.repeat(500));
    db.close();
    // Scribble over pages in the middle of the file, as a failing disk or a half-copied file would.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(8192, 0xa5), 0, 8192, 8 * 4096);
    closeSync(fd);
    const { status, lines } = await refusal({ CITED_DB_PATH: file });
    expect(status).not.toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^Cited cannot start: SQLite at ${file}: the database is damaged \\(.+\\); restore a backup, or move the file aside to start empty\\.$`,
      ),
    );
  });

  test('refuses a SQLite database it cannot write, with one line saying so', async () => {
    // Root writes whatever the permissions say, so the server runs as an unprivileged user then.
    const asRoot = process.getuid?.() === 0;
    const folder = path.join(dir, 'read-only');
    // The other user may reach the folder (the test's temporary folder is the test user's only).
    chmodSync(dir, 0o755);
    mkdirSync(folder);
    const file = path.join(folder, 'cited.sqlite');
    new Database(file).close();
    chmodSync(file, 0o444);
    chmodSync(folder, 0o555);
    const { status, lines } = await refusal(
      { CITED_DB_PATH: file },
      asRoot ? { uid: 65534, gid: 65534 } : {},
    );
    expect(status).not.toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^Cited cannot start: SQLite at ${file}: the database cannot be written \\(user id \\d+\\): the file and its folder ${folder} must be writable`,
      ),
    );
  });

  test('creates a new SQLite database readable by its owner only, and answers 503 once it is gone', async ({
    request,
  }) => {
    const file = path.join(dir, 'fresh', 'cited.sqlite');
    const server = await startApp({ CITED_DB_PATH: file });
    try {
      await untilHealthy(server);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
      // WAL files take the database's mode.
      expect(statSync(`${file}-wal`).mode & 0o777).toBe(0o600);
      // The file deleted under the running server: every write would be lost at the next start.
      unlinkSync(file);
      const health = await request.get(`${server.base}/api/health`);
      expect(health.status()).toBe(503);
      expect(await health.json()).toEqual({
        status: 'unavailable',
        error: 'The database does not answer or cannot be written.',
      });
      expect(server.stderr()).toContain('was deleted or replaced while the server ran');
    } finally {
      server.kill();
    }
  });

  test('reports the store in /api/health', async ({ request }) => {
    const url = await postgres.createDatabase();
    const server = await startApp({ DATABASE_URL: url });
    try {
      await untilHealthy(server);
      const health = await (await request.get(`${server.base}/api/health`)).json();
      expect(health).toEqual({
        status: 'ok',
        store: {
          kind: 'postgres',
          schemaVersion: SCHEMA_VERSION,
          latencyMs: expect.any(Number),
          changes: 'listening',
          storage: { usedBytes: 0, limitBytes: 1024 * 1024 * 1024 },
        },
      });
    } finally {
      server.kill();
    }
  });
});
