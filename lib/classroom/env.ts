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
  /**
   * "1" lets the workspace fetch pages from private, loopback and link-local addresses: for tests that
   * serve pages from this machine. Never set it on a server others can reach.
   */
  CITED_ALLOW_PRIVATE_URLS: z
    .enum(['0', '1', ''], { error: 'must be 1 (allow) or 0' })
    .default('0')
    .transform((value) => value === '1'),
  /**
   * How many reverse proxies of the operator's own stand in front of the app and write X-Forwarded-For
   * (and X-Forwarded-Host). 0 (the default): the header is the client's word and is ignored; rate limits
   * count the socket's address. 1: the last entry is the address the proxy saw.
   */
  CITED_TRUST_PROXY: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, 'must be the number of proxies in front of the app (0, 1, 2…)')
    .default('0')
    .transform(Number),
  /**
   * Origins (https://cited.example.org) whose pages may change state here besides the Host a request was
   * sent to: for a proxy that rewrites Host. Comma-separated.
   */
  CITED_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value, context) => {
      const origins = value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean);
      for (const origin of origins) {
        if (!/^https?:\/\/[^/\s]+$/i.test(origin)) {
          context.addIssue({
            code: 'custom',
            message: `"${origin}" is not an origin like https://cited.example.org`,
          });
        }
      }
      return origins.map((origin) => origin.toLowerCase());
    }),
  /**
   * The address students' phones open (https://cited.example.org, or http://192.168.1.20:3000 in a
   * classroom): the join link and QR code use it. Unset, they use this server's own network address when
   * the teacher opened the dashboard on localhost, and the address the teacher typed otherwise.
   */
  CITED_PUBLIC_URL: z
    .string()
    .trim()
    .optional()
    .transform((value, context) => {
      if (!value) return undefined;
      let url: URL | null = null;
      try {
        url = new URL(value);
      } catch {
        // reported below
      }
      if (
        !url ||
        (url.protocol !== 'http:' && url.protocol !== 'https:') ||
        url.pathname !== '/' ||
        url.search ||
        url.hash ||
        url.username ||
        url.password
      ) {
        context.addIssue({
          code: 'custom',
          message: `"${value}" is not an address like https://cited.example.org or http://192.168.1.20:3000`,
        });
        return z.NEVER;
      }
      return url.origin;
    }),
  /**
   * Wrong join codes an address may try per CITED_WRONG_CODE_WINDOW_MINUTES before each further one
   * doubles its wait (2 s, 4 s, 8 s…). A school's students share one address: room for a class's typos.
   */
  CITED_WRONG_CODES_PER_ADDRESS: positiveInt(60),
  CITED_WRONG_CODE_WINDOW_MINUTES: positiveInt(10),
  /** New students one session takes per minute (a script with the code cannot fill a class in seconds). */
  CITED_JOINS_PER_SESSION_PER_MINUTE: positiveInt(120),
  /** Sessions one address may start per hour (teachers of one school share an address). */
  CITED_SESSIONS_PER_ADDRESS_PER_HOUR: positiveInt(30),
  /**
   * What all sessions together may take in the database (their quiz snapshots, participants and answers).
   * At the bound, expired sessions are deleted early, longest expired first; if none is, starting a
   * session waits (503) until one is.
   */
  CITED_MAX_STORED_MB: positiveInt(1024),
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
