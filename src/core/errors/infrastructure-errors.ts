import { QueryFailedError } from 'typeorm';

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);
// PostgreSQL SQLSTATE classes 08 (connection), 53 (resources), 57P (operator intervention: shutdown).
const PG_UNAVAILABLE = /^(08|53|57P)/;

/**
 * True when an error means Postgres or Redis is unreachable rather than that the request was
 * wrong: callers answer 503 so the sender (Pub/Sub, an operator) retries.
 */
/** The error and what it wraps (`cause`), five deep at most. */
function* errorChain(error: unknown): Generator<unknown> {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    yield e;
    e = (e as { cause?: unknown }).cause;
  }
}

// Postgres aborted the statement to break a deadlock (40P01) or a serialization conflict
// (40001): the same statement succeeds when run again.
const PG_CONFLICT_CODES = new Set(['40P01', '40001']);

/** True when Postgres rolled the statement back to resolve a conflict; running it again works. */
export function isTransientConflict(error: unknown): boolean {
  for (const e of errorChain(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && PG_CONFLICT_CODES.has(code)) return true;
    const driverCode =
      e instanceof QueryFailedError ? (e.driverError as { code?: unknown })?.code : undefined;
    if (typeof driverCode === 'string' && PG_CONFLICT_CODES.has(driverCode)) return true;
  }
  return false;
}

export function isInfrastructureDown(error: unknown): boolean {
  for (const e of errorChain(error)) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && (NETWORK_CODES.has(code) || PG_UNAVAILABLE.test(code)))
      return true;
    const message = e instanceof Error ? e.message : '';
    if (
      /Connection terminated|connection timeout|timeout exceeded when trying to connect|Connection is closed|Stream isn't writeable|ECONNREFUSED|MaxRetriesPerRequest|the database system is (starting up|shutting down)/i.test(
        message,
      )
    )
      return true;
    if (e instanceof QueryFailedError) {
      const driverCode = (e.driverError as { code?: string } | undefined)?.code;
      if (driverCode && PG_UNAVAILABLE.test(driverCode)) return true;
    }
  }
  return false;
}
