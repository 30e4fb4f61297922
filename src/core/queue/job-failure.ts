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

/**
 * BullMQ's reason when it fails a job that stalled (its worker died or froze mid-run) more often
 * than `maxStalledCount` allows: it sets it as the job's deferred failure, and the next worker to
 * pick the job fails it with this message without running it.
 */
const STALL_LIMIT_REASON = 'job stalled more than allowable limit';

export function isStallLimitFailure(error: unknown): boolean {
  return error instanceof Error && error.message === STALL_LIMIT_REASON;
}

/**
 * Fresh jobs a job chain gets after BullMQ failed one of its jobs for stalling: each failed job
 * stalled twice, so a chain that runs out has been running when a worker died six times. Then
 * it is most likely a poison job (one that crashes the worker), and it stops, not the workers.
 */
export const MAX_STALL_RECOVERIES = 2;

export function retryReason(error: unknown): string {
  if (error instanceof AppError) return error.code;
  if (isInfrastructureDown(error)) return 'INFRASTRUCTURE';
  return 'UNKNOWN';
}

/** Between tries while Postgres is down: doubling from the first, jittered, to the cap. */
const OUTAGE_WAIT_FIRST_MS = 1_000;
const OUTAGE_WAIT_CAP_MS = 15_000;
/**
 * Waits a job may spend on outages without spending an attempt (an hour or more at the cap);
 * past them its failures count as any other's, so a fault that only looks like an outage still
 * ends in the retry policy (and a dead letter) instead of looping.
 */
export const OUTAGE_PATIENCE = 360;

/** What a job's data records of its outage waits (outageRetryAt). */
export interface OutageWaits {
  outageWaits?: number;
}

/**
 * When a job failed because Postgres is unreachable (DatabaseProbe.isOutage), the time to try
 * it again without spending an attempt; null once the job's patience is spent.
 *
 * Why: the retry policy's backoff is for the job's own trouble (a vendor's 5xx, a rate limit):
 * minutes, growing, and a few attempts. An outage is nobody's fault in the job, fails every
 * job at once, and ends all at once: under the policy a ten-minute outage would leave
 * classify jobs waiting up to fifteen more minutes after the database came back, and a longer
 * one would spend every attempt and leave the tasks to the reconciler. A short capped wait
 * resumes every job within seconds of the database's return, whatever the outage's length.
 */
export function outageRetryAt(
  waitsSoFar: number,
  now = Date.now(),
  random: () => number = Math.random,
): number | null {
  if (waitsSoFar >= OUTAGE_PATIENCE) return null;
  const wait = Math.min(OUTAGE_WAIT_CAP_MS, OUTAGE_WAIT_FIRST_MS * 2 ** Math.min(waitsSoFar, 8));
  return now + Math.round(wait * (0.5 + random() * 0.5));
}

/**
 * Moves a job whose run failed in an outage to its next try, counting the wait in its data (one
 * more Redis write, during outages only), and throws BullMQ's DelayedError: no attempt spent.
 * Returns (does nothing) when the job's patience is spent: its failure then goes to the policy.
 */
export async function waitOutOutage<D extends OutageWaits>(
  job: Job<D>,
  token: string,
): Promise<void> {
  const waits = job.data.outageWaits ?? 0;
  const at = outageRetryAt(waits);
  if (at === null) return;
  await delayForOutage(job, token, at, waits + 1);
  throw new DelayedError();
}

/**
 * Records a job's `waits` outage waits in its data, then moves it to `at` (the caller throws
 * DelayedError). In this order: a worker that dies in between leaves the count one too high,
 * which only spends its patience one wait sooner.
 */
export async function delayForOutage<D extends OutageWaits>(
  job: Job<D>,
  token: string,
  at: number,
  waits: number,
): Promise<void> {
  await job.updateData({ ...job.data, outageWaits: waits });
  await job.moveToDelayed(at, token);
}
