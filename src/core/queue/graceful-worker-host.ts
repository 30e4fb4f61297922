import { WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { isStallLimitFailure } from './job-failure.js';
import { QueueConfig } from './queue.config.js';

/**
 * WorkerHost that drains before anything else shuts down. @nestjs/bullmq closes workers in
 * onApplicationShutdown, the same phase in which TypeORM destroys its pool, so an in-flight job
 * could lose its database mid-stage. Closing here (an earlier phase) lets active jobs finish
 * while Postgres and the queues are still up; the later close is then a no-op.
 */
export abstract class GracefulWorkerHost
  extends WorkerHost
  implements OnApplicationBootstrap, BeforeApplicationShutdown
{
  @Inject(QueueConfig) protected readonly queueConfig!: QueueConfig;

  private readonly workerLogger = new Logger('QueueWorker');
  private lastErrorLog = 0;

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.queueConfig.WORKER_CONCURRENCY;
    // Without a listener BullMQ prints connection errors raw to stderr, once per retry; route
    // them through pino, at most one line every 10 s (health and metrics report the outage).
    this.worker.on('error', (error) => {
      if (Date.now() - this.lastErrorLog < 10_000) return;
      this.lastErrorLog = Date.now();
      this.workerLogger.warn({ queue: this.worker.name, err: error }, 'queue worker error');
    });
    // BullMQ failed a job that stalled too often without running it, and (removeOnFail) removed
    // it: without a new job its work would wait for a reconciler's idle threshold.
    this.worker.on('failed', (job, error) => {
      if (!job || !isStallLimitFailure(error)) return;
      this.workerLogger.warn(
        { queue: this.worker.name, job: job.name, jobId: job.id },
        'job failed by BullMQ for stalling too often',
      );
      this.onStalledOut(job).catch((err: unknown) =>
        this.workerLogger.error(
          { queue: this.worker.name, job: job.name, jobId: job.id, err },
          'a stalled-out job could not be given a new one; its reconciler will',
        ),
      );
    });
  }

  /**
   * A job of this queue was failed for stalling too often (isStallLimitFailure). By default its
   * work waits for the reconcilers; a queue whose work is worth more overrides this.
   */
  protected onStalledOut(_job: Job): Promise<void> {
    return Promise.resolve();
  }

  /** Shutdown has begun: finish what runs, start nothing that could be left to another worker. */
  protected get draining(): boolean {
    return this.worker.closing !== undefined;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}
