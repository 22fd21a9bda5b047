/** A failure's own words. Node reports a refused connection to several addresses with an empty message. */
export function errorText(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorText(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return error.message || (typeof code === 'string' ? code : error.name);
  }
  return String(error);
}

/**
 * The database is there but this process cannot use it (not a database, damaged, read-only, replaced),
 * with a reason an operator can act on. Start-up prints it and exits; /api/health answers 503.
 */
export class StoreUnusableError extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'StoreUnusableError';
  }

  /** The error with a better reason when there is one, else the error itself. */
  static from(error: unknown, reason: string | undefined): unknown {
    return reason ? new StoreUnusableError(reason, { cause: error }) : error;
  }
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
  'SQLITE_BUSY',
  // The file became unusable under a running server: refuse for now (phones keep their answers), never 500.
  'SQLITE_READONLY',
  'SQLITE_FULL',
  'SQLITE_CORRUPT',
  'SQLITE_NOTADB',
  'SQLITE_CANTOPEN',
  // PostgreSQL: shutting down, too many connections, cannot connect now, and the whole connection class.
  '57P01',
  '57P02',
  '57P03',
  '53300',
  // A read-only server (a standby after failover), a full disk, memory, damaged data.
  '25006',
  '53100',
  '53200',
  'XX001',
]);

/**
 * Whether an error means the database is out of reach for now (so the request may be retried) rather
 * than a bug: the API answers 503 for these and 500 for the rest.
 */
export function isStoreUnavailable(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isStoreUnavailable);
  if (!(error instanceof Error)) return false;
  if (error.name === 'StoreUnusableError') return true;
  const code = (error as { code?: unknown }).code;
  if (
    typeof code === 'string' &&
    (UNAVAILABLE_CODES.has(code) || code.startsWith('08') || code.startsWith('SQLITE_IOERR'))
  ) {
    return true;
  }
  // node-postgres's own words for a connection it lost or could not get from the pool in time.
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
    error.message,
  );
}
