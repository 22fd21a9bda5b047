import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { startTestPostgres, type TestPostgres } from '@/lib/testing/postgres';
import { PostgresStore } from './postgres-store';
import type { Store } from './store';

/**
 * Registers the hooks a store contract test needs (a real PostgreSQL for the file, stores closed and
 * temporary SQLite files removed after each test) and returns the helpers that open them.
 */
export function testStores() {
  let postgres: TestPostgres | undefined;
  const opened: Store[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    postgres = await startTestPostgres();
  }, 60_000);

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close().catch(() => {})));
    dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  });

  // Dropping every database the cases made takes a while on a busy machine.
  afterAll(async () => {
    await postgres?.stop();
  }, 60_000);

  const track = <T extends Store>(store: T): T => {
    opened.push(store);
    return store;
  };

  return {
    track,
    /** A path for a new SQLite file in a temporary folder. */
    tempFile() {
      const dir = mkdtempSync(path.join(tmpdir(), 'cited-store-'));
      dirs.push(dir);
      return path.join(dir, 'cited.sqlite');
    },
    /** A new empty PostgreSQL database. */
    createDatabase() {
      if (!postgres) throw new Error('PostgreSQL has not started');
      return postgres.createDatabase();
    },
    openPostgres: async (url: string) =>
      track(await PostgresStore.open({ url, poolMax: 5, connectTimeoutMs: 5000 })),
  };
}
