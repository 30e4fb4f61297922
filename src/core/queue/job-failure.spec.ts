import { UnrecoverableError } from 'bullmq';
import { QueryFailedError } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { rethrowForQueue, shouldRetry } from './job-failure.js';

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
