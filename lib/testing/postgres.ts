import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * A real PostgreSQL server for tests and benchmarks, never a mock: the one given (by default the one
 * `npm test` started, CITED_TEST_DATABASE_URL; see scripts/test-all.sh), or else a throwaway cluster of this
 * process's own (scripts/postgres.sh; needs PostgreSQL installed, which `bash scripts/postgres.sh ensure`
 * does). Each caller gets fresh databases on it.
 */
export interface TestPostgres {
  /** A new empty database on the server; dropped by stop(). */
  createDatabase(): Promise<string>;
  /** Drops the databases made here and stops the cluster if this process started it. */
  stop(): Promise<void>;
}

export async function startTestPostgres(
  serverUrl = process.env.CITED_TEST_DATABASE_URL,
): Promise<TestPostgres> {
  let adminUrl = serverUrl;
  let clusterDir: string | null = null;
  if (!adminUrl) {
    clusterDir = mkdtempSync(path.join(tmpdir(), 'cited-pg-'));
    adminUrl = execFileSync('bash', [script(), 'start', clusterDir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  }
  const admin = adminUrl;
  const created: string[] = [];
  const withAdmin = async <T>(run: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  };
  return {
    async createDatabase() {
      const name = `cited_test_${randomBytes(6).toString('hex')}`;
      await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
      created.push(name);
      const url = new URL(admin);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async stop() {
      if (clusterDir) {
        execFileSync('bash', [script(), 'stop', clusterDir], { stdio: 'inherit' });
        return;
      }
      await withAdmin(async (client) => {
        for (const name of created.splice(0)) {
          await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        }
      });
    },
  };
}

function script(): string {
  return path.join(process.cwd(), 'scripts', 'postgres.sh');
}
