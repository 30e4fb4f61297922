import { Processor } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { withJobContext } from '../../core/logging/job-context.js';
import { GracefulWorkerHost } from '../../core/queue/graceful-worker-host.js';
import { workerSettings } from '../../core/queue/job-failure.js';
import { QueueName, StagePayload } from '../../core/queue/queue.constants.js';
import { StallRecovery } from '../task-lifecycle/stall-recovery.service.js';
import { StageConcurrency } from './stage-concurrency.service.js';
import { StageRunner } from './stage-runner.service.js';

/**
 * `default` queue: classify and generate (and, inline, the draft): nearly all LLM work, so its
 * concurrency follows StageConcurrency. Thin: the runner does the work.
 */
@Processor(QueueName.Default, { settings: workerSettings })
export class DefaultQueueProcessor extends GracefulWorkerHost {
  constructor(
    private readonly runner: StageRunner,
    private readonly pino: PinoLogger,
    private readonly concurrency: StageConcurrency,
    private readonly stalls: StallRecovery,
  ) {
    super();
  }

  protected override async onStalledOut(job: Job<StagePayload>): Promise<void> {
    await this.stalls.recover(job.data);
  }

  override onApplicationBootstrap(): void {
    super.onApplicationBootstrap();
    this.concurrency.attach(this.worker);
  }

  process(job: Job<StagePayload>, token?: string): Promise<unknown> {
    return withJobContext(this.pino, job, () =>
      this.runner.run(job, token, { draining: () => this.draining }),
    );
  }
}

/**
 * `priority` queue: drafts, and VIP senders' classify/generate. Few and mostly short, so it
 * keeps WORKER_CONCURRENCY.
 */
@Processor(QueueName.Priority, { settings: workerSettings })
export class PriorityQueueProcessor extends GracefulWorkerHost {
  constructor(
    private readonly runner: StageRunner,
    private readonly pino: PinoLogger,
    private readonly stalls: StallRecovery,
  ) {
    super();
  }

  protected override async onStalledOut(job: Job<StagePayload>): Promise<void> {
    // A VIP sender's job runs ahead (priority 1); a draft job is here without it.
    await this.stalls.recover(job.data, { vip: (job.opts.priority ?? 0) > 0 });
  }

  process(job: Job<StagePayload>, token?: string): Promise<unknown> {
    return withJobContext(this.pino, job, () =>
      this.runner.run(job, token, { draining: () => this.draining }),
    );
  }
}
