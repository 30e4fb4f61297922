import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { DelayedError, Job } from 'bullmq';
import { AppError } from '../../core/errors/app-error';
import type { Counter, Histogram } from 'prom-client';
import { isFinalAttempt, rethrowForQueue, retryReason } from '../../core/queue/job-failure';
import { Stage } from '../../core/queue/job-queue.service';
import { JobName, StagePayload } from '../../core/queue/queue.constants';
import { Metric } from '../../core/metrics/metric-names';
import { MailboxCredentialsService } from '../ingestion/mailbox-credentials.service';
import { ClassifyStageService } from './classify-stage.service';
import { DeadLetterService } from './dead-letter.service';
import { DRAFT_IN_PROGRESS, DraftStageService } from './draft-stage.service';
import { GenerateStageService } from './generate-stage.service';
import { StageContextService } from './stage-context.service';

/** Re-check interval while another run holds a task's draft lock. */
const DRAFT_LOCK_WAIT_MS = 5_000;

/**
 * Shared body of the stage processors: load state, run the stage, and classify a failure as
 * retry (BullMQ backoff) or dead letter (failed_tasks + task failed).
 */
@Injectable()
export class StageRunner {
  private readonly logger = new Logger(StageRunner.name);

  constructor(
    private readonly context: StageContextService,
    private readonly classify: ClassifyStageService,
    private readonly generate: GenerateStageService,
    private readonly draft: DraftStageService,
    private readonly deadLetters: DeadLetterService,
    private readonly credentials: MailboxCredentialsService,
    @InjectMetric(Metric.TaskDuration) private readonly duration: Histogram<string>,
    @InjectMetric(Metric.TaskRetries) private readonly retries: Counter<string>,
  ) {}

  async run(job: Job<StagePayload>, token?: string): Promise<unknown> {
    const stage = job.name as Stage;
    const started = performance.now();
    const observe = (status: string) =>
      this.duration.observe({ task_name: stage, stage, status }, (performance.now() - started) / 1000);
    const loaded = await this.context.load(job.data.taskId, stage);
    if (loaded.kind !== 'ready') {
      observe(loaded.kind);
      return { skipped: loaded.kind };
    }
    const { ctx } = loaded;
    try {
      const vip = this.context.isVip(ctx.email.sender);
      const outcome =
        stage === JobName.Classify
          ? await this.classify.run(ctx)
          : stage === JobName.Generate
            ? await this.generate.run(ctx, vip)
            : await this.draft.run(ctx);
      observe('success');
      this.logger.log({ taskId: ctx.task.id, correlationId: job.data.correlationId, stage, outcome }, 'stage done');
      return { outcome };
    } catch (error) {
      if (error instanceof AppError && error.code === DRAFT_IN_PROGRESS && token) {
        // The draft lock's holder is still writing, or was killed (SIGKILL, OOM) and its lock
        // runs out within DRAFT_LOCK_MS. Waiting must not spend attempts: three quick retries
        // would dead-letter a healthy email while the lock of a dead run is still held. Wait the
        // way the sync processor waits for a busy mailbox, then try again.
        observe('waiting');
        await job.moveToDelayed(Date.now() + DRAFT_LOCK_WAIT_MS, token);
        throw new DelayedError();
      }
      if (await this.credentials.handleIfRevoked(ctx.mailbox.id, error)) {
        // The task stays pending; it resumes once the mailbox is reconnected.
        observe('parked');
        return { skipped: 'needs_reauth' };
      }
      if (isFinalAttempt(job, error)) {
        observe('failed');
        await this.deadLetters.record({ taskId: ctx.task.id, emailId: ctx.email.id, stage, error, attempts: job.attemptsMade + 1 });
        this.logger.warn({ taskId: ctx.task.id, correlationId: job.data.correlationId, stage, err: error }, 'stage failed for good');
      } else {
        observe('retry');
        this.retries.inc({ task_name: stage, stage, reason: retryReason(error) });
      }
      rethrowForQueue(error);
    }
  }
}
