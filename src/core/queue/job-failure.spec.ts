import { UnrecoverableError } from 'bullmq';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import {
  OUTAGE_PATIENCE,
  outageRetryAt,
  outageWaitsOf,
  rethrowForQueue,
  shouldRetry,
} from './job-failure.js';

/** An error shaped like pg's DatabaseError for a SQLSTATE. */
function pgError(code: string, message = 'pg error'): Error {
  return Object.assign(new Error(message), { code, severity: 'ERROR' });
}

describe('shouldRetry', () => {
  it('retries what Postgres aborted to break a deadlock or a serialization conflict', () => {
    expect(shouldRetry(pgError('40P01', 'deadlock detected'))).toBe(true);
    expect(shouldRetry(pgError('40001', 'could not serialize access'))).toBe(true);
    // The same through TypeORM's wrapper.
    const wrapped = new QueryFailedError('INSERT …', [], pgError('40P01', 'deadlock detected'));
    expect(shouldRetry(wrapped)).toBe(true);
    expect(() => rethrowForQueue(wrapped)).toThrow(wrapped);
  });

  it('fails at once on a statement that would fail again', () => {
    const unique = pgError('23505', 'duplicate key value violates unique constraint');
    expect(shouldRetry(unique)).toBe(false);
    expect(shouldRetry(new Error('bug'))).toBe(false);
    expect(() => rethrowForQueue(unique)).toThrow(UnrecoverableError);
  });
});

describe('outageRetryAt', () => {
  const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
    code: 'ECONNREFUSED',
  });
  const now = 1_000_000;

  it('waits out an unreachable database in seconds, doubling to a cap, whatever the count', () => {
    const waits = [0, 1, 2, 3, 4, 5, 50].map((n) => outageRetryAt(refused, n, now, () => 1)! - now);
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000]);
    // Jittered into the upper half, so jobs failed together do not all come back together.
    expect(outageRetryAt(refused, 0, now, () => 0)! - now).toBe(500);
    expect(outageRetryAt(new Error('Connection terminated unexpectedly'), 0, now, () => 1)).toBe(
      now + 1_000,
    );
  });

  it("leaves every other failure, and an outage past the job's patience, to the retry policy", () => {
    expect(outageRetryAt(pgError('23505', 'duplicate key'), 0, now)).toBeNull();
    expect(outageRetryAt(new Error('Gmail 500'), 0, now)).toBeNull();
    expect(outageRetryAt(refused, OUTAGE_PATIENCE - 1, now)).not.toBeNull();
    expect(outageRetryAt(refused, OUTAGE_PATIENCE, now)).toBeNull();
  });

  it("counts a job's starts that spent no attempt, not the one running", () => {
    expect(outageWaitsOf({ attemptsStarted: 1, attemptsMade: 0 })).toBe(0);
    expect(outageWaitsOf({ attemptsStarted: 5, attemptsMade: 1 })).toBe(3);
    expect(outageWaitsOf({ attemptsStarted: 0, attemptsMade: 0 })).toBe(0);
  });
});
