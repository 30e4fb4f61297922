import { DelayedError, type Job, UnrecoverableError } from 'bullmq';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it, vi } from 'vitest';
import {
  OUTAGE_PATIENCE,
  outageRetryAt,
  rethrowForQueue,
  shouldRetry,
  waitOutOutage,
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

describe('outage waits', () => {
  const now = 1_000_000;

  it('waits out an unreachable database in seconds, doubling to a cap, whatever the count', () => {
    const waits = [0, 1, 2, 3, 4, 5, 50].map((n) => outageRetryAt(n, now, () => 1)! - now);
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 15_000, 15_000, 15_000]);
    // Jittered into the upper half, so jobs failed together do not all come back together.
    expect(outageRetryAt(0, now, () => 0)! - now).toBe(500);
  });

  it("leaves an outage past the job's patience to the retry policy", () => {
    expect(outageRetryAt(OUTAGE_PATIENCE - 1, now)).not.toBeNull();
    expect(outageRetryAt(OUTAGE_PATIENCE, now)).toBeNull();
  });

  it("counts the wait in the job's data and moves it on without spending an attempt", async () => {
    const job = {
      data: { taskId: 't', outageWaits: 2 },
      updateData: vi.fn().mockResolvedValue(undefined),
      moveToDelayed: vi.fn().mockResolvedValue(undefined),
    };
    const before = Date.now();
    await expect(waitOutOutage(job as unknown as Job<typeof job.data>, 'tok')).rejects.toThrow(
      DelayedError,
    );
    expect(job.updateData).toHaveBeenCalledWith({ taskId: 't', outageWaits: 3 });
    const [at, token] = job.moveToDelayed.mock.calls[0];
    expect(token).toBe('tok');
    expect(at).toBeGreaterThanOrEqual(before + 2_000);
    expect(at).toBeLessThanOrEqual(Date.now() + 4_000);
    expect(job.updateData.mock.invocationCallOrder[0]).toBeLessThan(
      job.moveToDelayed.mock.invocationCallOrder[0],
    );

    const spent = { ...job, data: { taskId: 't', outageWaits: OUTAGE_PATIENCE } };
    spent.moveToDelayed = vi.fn();
    spent.updateData = vi.fn();
    await expect(
      waitOutOutage(spent as unknown as Job<typeof spent.data>, 'tok'),
    ).resolves.toBeUndefined();
    expect(spent.moveToDelayed).not.toHaveBeenCalled();
    expect(spent.updateData).not.toHaveBeenCalled();
  });
});
