import { Processor, WorkerHost } from '@nestjs/bullmq';
import { OnApplicationBootstrap } from '@nestjs/common';
import { Job } from 'bullmq';
import { AppConfig } from '../../core/config/app-config';
import { withJobContext } from '../../core/logging/job-context';
import { workerSettings } from '../../core/queue/job-failure';
import { QueueName, StagePayload } from '../../core/queue/queue.constants';
import { StageRunner } from './stage-runner.service';

/** `default` queue: classify and generate. Thin: the runner does the work. */
@Processor(QueueName.Default, { settings: workerSettings })
export class DefaultQueueProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly runner: StageRunner,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  process(job: Job<StagePayload>): Promise<unknown> {
    return withJobContext(job, () => this.runner.run(job));
  }
}

/** `priority` queue: drafts, and VIP senders' classify/generate. */
@Processor(QueueName.Priority, { settings: workerSettings })
export class PriorityQueueProcessor extends WorkerHost implements OnApplicationBootstrap {
  constructor(
    private readonly runner: StageRunner,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.WORKER_CONCURRENCY;
  }

  process(job: Job<StagePayload>): Promise<unknown> {
    return withJobContext(job, () => this.runner.run(job));
  }
}
