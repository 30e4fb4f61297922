import { WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Inject, Logger, OnApplicationBootstrap } from '@nestjs/common';
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
  }

  /** Shutdown has begun: finish what runs, start nothing that could be left to another worker. */
  protected get draining(): boolean {
    return this.worker.closing !== undefined;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}
