/** A failure's own words. Node reports a refused connection to several addresses with an empty message. */
export function errorText(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return errorText(error.errors[0]);
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return error.message || (typeof code === 'string' ? code : error.name);
  }
  return String(error);
}

const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
  'SQLITE_BUSY',
  // PostgreSQL: shutting down, too many connections, cannot connect now, and the whole connection class.
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/**
 * Whether an error means the database is out of reach for now (so the request may be retried) rather
 * than a bug: the API answers 503 for these and 500 for the rest.
 */
export function isStoreUnavailable(error: unknown): boolean {
  if (error instanceof AggregateError) return error.errors.some(isStoreUnavailable);
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) {
    return true;
  }
  // node-postgres's own words for a connection it lost or could not get from the pool in time.
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(
    error.message,
  );
}
