import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { JobQueueService } from '../../../core/queue/job-queue.service.js';
import { queueBackendOf } from '../../../core/queue/queue-backend.js';
import { QueueConfig } from '../../../core/queue/queue.config.js';
import { bounded, failureReason } from './check-timeout.js';

/**
 * The BullMQ backend (Redis, or Postgres without REDIS_URL) as the queues themselves reach it:
 * each queue has its own connection (pool), so one count per queue, through BullMQ's public API,
 * which works the same on both backends. Job counts stay out of the answer: health is public.
 */
@Injectable()
export class QueueHealthIndicator {
  readonly backend: 'redis' | 'postgres';

  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly jobs: JobQueueService,
    config: QueueConfig,
  ) {
    this.backend = queueBackendOf(config);
  }

  async isHealthy(key = 'queue') {
    const check = this.indicators.check(key);
    const queues = Object.entries(this.jobs.queues());
    const results = await Promise.allSettled(
      queues.map(([name, queue]) => bounded(() => queue.count(), `queue ${name} count`)),
    );
    const failed = queues.filter((_, i) => results[i].status === 'rejected').map(([name]) => name);
    if (!failed.length) return check.up({ backend: this.backend });
    const firstError = results.find((r) => r.status === 'rejected')?.reason;
    return check.down({ backend: this.backend, failed, message: failureReason(firstError) });
  }
}
