import { DelayedError, Job, MinimalJob, UnrecoverableError } from 'bullmq';
import { AppError, isRetryable } from '../errors/app-error.js';
import { isInfrastructureDown, isTransientConflict } from '../errors/infrastructure-errors.js';
import { JobName } from './queue.constants.js';
import { BACKOFF_STRATEGY, backoffDelayMs, RETRY_POLICY } from './retry-policy.js';

let backoffScale = 1;

/** Set once at boot from RETRY_BACKOFF_SCALE (tests shrink every delay). */
export function setBackoffScale(scale: number): void {
  backoffScale = scale;
}

/** BullMQ worker setting: our policy table, with jitter, honouring Retry-After. */
export function backoffStrategy(
  attemptsMade: number,
  type?: string,
  error?: Error,
  job?: MinimalJob,
): number {
  if (type !== BACKOFF_STRATEGY || !job) return -1;
  const stage = job.name in RETRY_POLICY ? (job.name as JobName) : JobName.Classify;
  return retryDelayMs(stage, attemptsMade, error);
}

export const workerSettings = { backoffStrategy };

/** The delay BullMQ would wait before retry number `attemptsMade` of `stage` after `error`. */
export function retryDelayMs(stage: JobName, attemptsMade: number, error?: unknown): number {
  const retryAfter = error instanceof AppError ? error.options.retryAfterSeconds : undefined;
  return backoffDelayMs(RETRY_POLICY[stage], attemptsMade, backoffScale, retryAfter);
}

/** Transient failures (a database or Redis blip, a deadlock) retry; everything else fails at once. */
export function shouldRetry(error: unknown): boolean {
  return isRetryable(error) || isInfrastructureDown(error) || isTransientConflict(error);
}

/** Is this run the job's last chance (no retry will follow a failure)? */
export function isFinalAttempt(job: Job, error: unknown): boolean {
  if (!shouldRetry(error)) return true;
  const attempts = job.opts.attempts ?? 1;
  return job.attemptsMade + 1 >= attempts;
}

/** Rethrows so BullMQ does the right thing: retry with backoff, or stop at once. */
export function rethrowForQueue(error: unknown): never {
  if (error instanceof DelayedError || error instanceof UnrecoverableError) throw error;
  if (!shouldRetry(error)) {
    const message = error instanceof Error ? error.message : String(error);
    throw new UnrecoverableError(message);
  }
  throw error;
}

export function retryReason(error: unknown): string {
  if (error instanceof AppError) return error.code;
  if (isInfrastructureDown(error)) return 'INFRASTRUCTURE';
  return 'UNKNOWN';
}
