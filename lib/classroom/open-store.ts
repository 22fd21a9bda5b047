import type { ClassroomEnv } from './env';
import { PostgresStore } from './postgres-store';
import { SqliteStore } from './sqlite-store';
import type { Store } from './store';
import { errorText } from './store-errors';

/** PostgreSQL when DATABASE_URL is set, else the SQLite file; connected, migrated and checked. */
export async function openStore(
  env: ClassroomEnv,
  options: { log?: (message: string) => void } = {},
): Promise<Store> {
  if (env.DATABASE_URL) {
    return PostgresStore.open({
      url: env.DATABASE_URL,
      poolMax: env.CITED_PG_POOL_MAX,
      connectTimeoutMs: env.CITED_PG_CONNECT_TIMEOUT_MS,
      log: options.log,
    });
  }
  return new SqliteStore(env.CITED_DB_PATH);
}

/** Where the data is, for an operator: the URL without its password, or the file. */
export function storeLocation(env: Pick<ClassroomEnv, 'DATABASE_URL' | 'CITED_DB_PATH'>): string {
  if (!env.DATABASE_URL) return `SQLite at ${env.CITED_DB_PATH}`;
  try {
    const url = new URL(env.DATABASE_URL);
    return `PostgreSQL at ${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL does not parse as a URL)';
  }
}

/** The one line a server that cannot use its database prints before it exits. */
export function describeStoreFailure(
  env: Pick<ClassroomEnv, 'DATABASE_URL' | 'CITED_DB_PATH'>,
  error: unknown,
): string {
  return `Cited cannot start: ${storeLocation(env)}: ${errorText(error)}.`;
}
