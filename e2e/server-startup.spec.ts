import { mkdtempSync, rmSync } from 'node:fs';
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
async function refusal(env: Record<string, string>) {
  const server = await startApp(env);
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
        },
      });
    } finally {
      server.kill();
    }
  });
});
