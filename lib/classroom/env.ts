import { z } from 'zod';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const envSchema = z.object({
  /**
   * `postgres://user:password@host:port/database` selects PostgreSQL, shared by every app instance that is
   * given the same URL; unset (or empty), the embedded SQLite file at CITED_DB_PATH is used.
   */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
        .optional(),
    ),
  CITED_DB_PATH: z.string().trim().min(1).default('./data/cited.sqlite'),
  /** PostgreSQL connections per instance (plus one for LISTEN); instances × (this + 1) < max_connections. */
  CITED_PG_POOL_MAX: positiveInt(10),
  /** Bounds connecting and, under load, waiting for a free pooled connection (then 503, which phones retry). */
  CITED_PG_CONNECT_TIMEOUT_MS: positiveInt(10_000),
  CITED_MAX_PARTICIPANTS: positiveInt(300),
  /** Hours after creation a session stops accepting anything. */
  CITED_SESSION_TTL_HOURS: positiveInt(12),
  /** Hours without any activity after which a session expires. */
  CITED_SESSION_IDLE_HOURS: positiveInt(2),
  /** Days a session's names and answers are kept after it expires (teachers download the CSV to keep them). */
  CITED_RETENTION_DAYS: positiveInt(7),
  /** Failed join-code attempts allowed per address per minute. */
  CITED_JOIN_ATTEMPTS_PER_MINUTE: positiveInt(20),
  CITED_WRONG_CODES_PER_MINUTE_TOTAL: positiveInt(600),
  /**
   * "1" lets the workspace fetch pages from private, loopback and link-local addresses: for tests that
   * serve pages from this machine. Never set it on a server others can reach.
   */
  CITED_ALLOW_PRIVATE_URLS: z
    .enum(['0', '1', ''], { error: 'must be 1 (allow) or 0' })
    .default('0')
    .transform((value) => value === '1'),
});

export type ClassroomEnv = z.infer<typeof envSchema>;

/** Reads and validates the classroom settings; a bad value stops the server with the variable's name. */
export function classroomEnv(
  source: Record<string, string | undefined> = process.env,
): ClassroomEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const detail = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new Error(`Invalid classroom environment: ${detail}`);
  }
  return parsed.data;
}
