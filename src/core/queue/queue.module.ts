import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { JobQueueService } from './job-queue.service';
import { ALL_QUEUES } from './queue.constants';
import { WorkerRegistry } from './worker-registry.service';

/** BullMQ connection and queues (producers). Processors are registered by the worker role only. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
        prefix: config.QUEUE_PREFIX,
      }),
    }),
    BullModule.registerQueue(...ALL_QUEUES.map((name) => ({ name }))),
  ],
  providers: [JobQueueService, WorkerRegistry],
  exports: [BullModule, JobQueueService, WorkerRegistry],
})
export class QueueModule {}
