import type { Job } from 'bullmq';
import type { PinoLogger } from 'nestjs-pino';

/**
 * Runs a job with a logger bound to its correlation id (and job id/queue): every Nest Logger
 * call made while processing it, in any service, carries the same fields as the request that
 * caused it. nestjs-pino binds these per HTTP request; `runInContext` does the same for jobs.
 */
export function withJobContext<T>(
  logger: PinoLogger,
  job: Job<{ correlationId?: string }>,
  run: () => Promise<T>,
): Promise<T> {
  return logger.runInContext(run, {
    bindings: {
      correlationId: job.data?.correlationId,
      jobId: job.id,
      queue: job.queueName,
      job: job.name,
      attempt: job.attemptsMade + 1,
    },
  });
}
