import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JobQueueService } from './job-queue.service';
import { bullRootOptions } from './queue-backend';
import { ALL_QUEUES } from './queue.constants';
import { WorkerRegistry } from './worker-registry.service';

/**
 * BullMQ connection and queues (producers). Processors are registered by the worker role only.
 * The backend is Redis, or PostgreSQL when REDIS_URL is unset (see queue-backend.ts).
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => bullRootOptions(config),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [JobQueueService, WorkerRegistry],
  exports: [BullModule, JobQueueService, WorkerRegistry],
})
export class QueueModule {}
