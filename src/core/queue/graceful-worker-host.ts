import { WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Inject, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../config/app-config';

/**
 * WorkerHost that drains before anything else shuts down. @nestjs/bullmq closes workers in
 * onApplicationShutdown, the same phase in which TypeORM destroys its pool, so an in-flight job
 * could lose its database mid-stage. Closing here (an earlier phase) lets active jobs finish
 * while Postgres and the queues are still up; the later close is then a no-op.
 */
export abstract class GracefulWorkerHost extends WorkerHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  @Inject(AppConfig) protected readonly appConfig!: AppConfig;

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.appConfig.WORKER_CONCURRENCY;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker.close();
  }
}
