import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { withJobContext } from '../../core/logging/job-context';
import { GracefulWorkerHost } from '../../core/queue/graceful-worker-host';
import { workerSettings } from '../../core/queue/job-failure';
import { QueueName, StagePayload } from '../../core/queue/queue.constants';
import { StageRunner } from './stage-runner.service';

/** `default` queue: classify and generate. Thin: the runner does the work. */
@Processor(QueueName.Default, { settings: workerSettings })
export class DefaultQueueProcessor extends GracefulWorkerHost {
  constructor(private readonly runner: StageRunner) {
    super();
  }

  process(job: Job<StagePayload>, token?: string): Promise<unknown> {
    return withJobContext(job, () =>
      this.runner.run(job, token, { draining: () => this.draining }),
    );
  }
}

/** `priority` queue: drafts, and VIP senders' classify/generate. */
@Processor(QueueName.Priority, { settings: workerSettings })
export class PriorityQueueProcessor extends GracefulWorkerHost {
  constructor(private readonly runner: StageRunner) {
    super();
  }

  process(job: Job<StagePayload>, token?: string): Promise<unknown> {
    return withJobContext(job, () =>
      this.runner.run(job, token, { draining: () => this.draining }),
    );
  }
}
