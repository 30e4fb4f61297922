import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { DatabaseConfig } from '../database/database.config.js';
import { JobQueueService } from './job-queue.service.js';
import { bullRootOptions } from './queue-backend.js';
import { QueueConfig } from './queue.config.js';
import { ALL_QUEUES } from './queue.constants.js';
import { WorkerRegistry } from './worker-registry.service.js';

/**
 * BullMQ connection and queues (producers). Processors are registered by the worker role only.
 * The backend is Redis, or PostgreSQL when REDIS_URL is unset (see queue-backend.ts).
 */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [DatabaseConfig, QueueConfig],
      useFactory: (database: DatabaseConfig, queue: QueueConfig) =>
        bullRootOptions({ ...database, ...queue }),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [JobQueueService, WorkerRegistry],
  exports: [BullModule, JobQueueService, WorkerRegistry],
})
export class QueueModule {}
