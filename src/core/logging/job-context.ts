import type { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { Store, storage } from 'nestjs-pino/storage';

/**
 * Runs a job with a logger bound to its correlation id (and job id/queue): every Nest Logger
 * call made while processing it, in any service, carries the same fields as the request that
 * caused it. nestjs-pino does this per HTTP request; this is the same for jobs.
 */
export function withJobContext<T>(
  job: Job<{ correlationId?: string }>,
  run: () => Promise<T>,
): Promise<T> {
  const root = PinoLogger.root;
  if (!root) return run();
  const logger = root.child({
    correlationId: job.data?.correlationId,
    jobId: job.id,
    queue: job.queueName,
    job: job.name,
    attempt: job.attemptsMade + 1,
  });
  return storage.run(new Store(logger), run);
}
