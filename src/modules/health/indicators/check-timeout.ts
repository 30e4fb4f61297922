import { withTimeout } from '../../../core/redis/redis.service.js';

/**
 * Every check of a probe runs in parallel and is cut at this bound, so a whole answer stays well
 * under the probes' timeoutSeconds (3 s in k8s/*.yaml, 4 s in docker/healthcheck.js): a hung
 * dependency makes the probe say "down" instead of timing the probe out.
 */
export const CHECK_TIMEOUT_MS = 1_500;

/** Settles within `ms`: the operation's value, or a rejection with code ETIMEDOUT. */
export function bounded<T>(operation: () => Promise<T>, what: string, ms = CHECK_TIMEOUT_MS) {
  // The operation may throw synchronously (e.g. a closed client); treat it as a failed check.
  return withTimeout(Promise.resolve().then(operation), ms, what);
}

/** A failure reason that is safe to publish: a timeout or "unreachable", never a driver message. */
export function failureReason(err: unknown): 'timeout' | 'unreachable' {
  return (err as { code?: unknown } | null)?.code === 'ETIMEDOUT' ? 'timeout' : 'unreachable';
}
