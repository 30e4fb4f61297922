import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { DelayedError, Job } from 'bullmq';
import type { Counter, Histogram } from 'prom-client';
import { AppConfig } from '../../core/config/app-config.js';
import { AppError } from '../../core/errors/app-error.js';
import {
  isFinalAttempt,
  rethrowForQueue,
  retryDelayMs,
  retryReason,
  shouldRetry,
} from '../../core/queue/job-failure.js';
import { JobQueueService, Stage } from '../../core/queue/job-queue.service.js';
import { JobName, StagePayload } from '../../core/queue/queue.constants.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { MailboxCredentialsService } from '../ingestion/mailbox-credentials.service.js';
import { ClassifyStageService } from './classify-stage.service.js';
import { DeadLetterService } from './dead-letter.service.js';
import { DRAFT_IN_PROGRESS, DraftStageService } from './draft-stage.service.js';
import { GenerateStageService } from './generate-stage.service.js';
import { LlmBudgetExhausted } from './llm-budget.service.js';
import { StageContext, StageContextService } from './stage-context.service.js';
import { StageStep } from './stage-step.js';

/** Re-check interval while another run holds a task's draft lock. */
const DRAFT_LOCK_WAIT_MS = 5_000;

type Next = NonNullable<StageStep['next']>;

export interface RunOptions {
  /** True once the worker is shutting down: hand the next stage to the queue, start nothing. */
  draining?: () => boolean;
}

/**
 * Shared body of the stage processors: load state, run the stage, and classify a failure as
 * retry (BullMQ backoff) or dead letter (failed_tasks + task failed).
 *
 * A stage that hands on is followed by its successor in the same job (PIPELINE_INLINE_STAGES):
 * a job per stage costs a queue round trip, a claim and a job's bookkeeping in Redis three times
 * per email, most of a worker's overhead with fast LLMs. Only success takes that path: when an
 * inline stage fails, it goes to a job of its own with its own retry policy, as if it had been
 * queued all along. A worker killed mid-chain loses nothing: the job's lock lapses, BullMQ runs
 * it again, and the first stage hands on from the stage Postgres recorded.
 */
@Injectable()
export class StageRunner {
  private readonly logger = new Logger(StageRunner.name);

  constructor(
    private readonly config: AppConfig,
    private readonly context: StageContextService,
    private readonly classify: ClassifyStageService,
    private readonly generate: GenerateStageService,
    private readonly draft: DraftStageService,
    private readonly deadLetters: DeadLetterService,
    private readonly credentials: MailboxCredentialsService,
    private readonly jobs: JobQueueService,
    @InjectMetric(Metric.TaskDuration) private readonly duration: Histogram<string>,
    @InjectMetric(Metric.TaskRetries) private readonly retries: Counter<string>,
  ) {}

  async run(job: Job<StagePayload>, token?: string, opts: RunOptions = {}): Promise<unknown> {
    const outcomes: Partial<Record<Stage, string>> = {};
    const inline = () => this.config.PIPELINE_INLINE_STAGES && !opts.draining?.();
    let next = await this.runQueued(job, token, outcomes, inline);
    while (next) {
      if (!inline()) {
        // Also when the stage already claimed the task for `next` (draining began meanwhile):
        // the queued job claims it again; a claim of a task in `processing` is allowed.
        await this.handOff(job.data, next);
        break;
      }
      next = await this.runInline(job.data, next, outcomes, inline);
    }
    return outcomes;
  }

  /** The job's own stage: failures retry through BullMQ and dead-letter on the last attempt. */
  private async runQueued(
    job: Job<StagePayload>,
    token: string | undefined,
    outcomes: Partial<Record<Stage, string>>,
    inline: () => boolean,
  ): Promise<Next | undefined> {
    const stage = job.name as Stage;
    const observe = this.timer(stage);
    const loaded = await this.context.load(job.data.taskId, stage);
    if (loaded.kind !== 'ready') {
      observe(loaded.kind);
      outcomes[stage] = `skipped:${loaded.kind}`;
      return undefined;
    }
    const { ctx } = loaded;
    try {
      const step = await this.execute(stage, ctx, undefined, inline());
      observe('success');
      this.done(ctx, job.data.correlationId, stage, step.outcome);
      outcomes[stage] = step.outcome;
      return step.next;
    } catch (error) {
      if (error instanceof LlmBudgetExhausted && token) {
        // The mailbox spent today's LLM budget: the task waits (the budget service marked it)
        // and this job resumes after midnight UTC, without spending an attempt.
        observe('deferred');
        await job.moveToDelayed(error.resumeAt.getTime(), token);
        throw new DelayedError();
      }
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
        outcomes[stage] = 'skipped:needs_reauth';
        return undefined;
      }
      if (isFinalAttempt(job, error)) {
        observe('failed');
        await this.deadLetters.record({
          taskId: ctx.task.id,
          emailId: ctx.email.id,
          stage,
          error,
          attempts: job.attemptsMade + 1,
        });
        this.logger.warn(
          { taskId: ctx.task.id, correlationId: job.data.correlationId, stage, err: error },
          'stage failed for good',
        );
      } else {
        observe('retry');
        this.retries.inc({ task_name: stage, stage, reason: retryReason(error) });
      }
      rethrowForQueue(error);
    }
  }

  /**
   * A successor stage run in the same job. Its failures never fail the job (the stage before it
   * succeeded): a retryable one queues the stage after the first backoff delay of its policy,
   * a permanent one dead-letters it at once, as its own job would have.
   */
  private async runInline(
    payload: StagePayload,
    next: Next,
    outcomes: Partial<Record<Stage, string>>,
    inline: () => boolean,
  ): Promise<Next | undefined> {
    const { stage } = next;
    const observe = this.timer(stage);
    let ctx: StageContext | undefined;
    try {
      // The stage before usually claimed the task for this one in its last statement.
      const loaded =
        next.claimed !== undefined
          ? this.context.adopt(next.claimed)
          : await this.context.load(payload.taskId, stage);
      if (loaded.kind !== 'ready') {
        observe(loaded.kind);
        outcomes[stage] = `skipped:${loaded.kind}`;
        return undefined;
      }
      ctx = loaded.ctx;
      const step = await this.execute(stage, ctx, next.vip, inline());
      observe('success');
      this.done(ctx, payload.correlationId, stage, step.outcome);
      outcomes[stage] = step.outcome;
      return step.next;
    } catch (error) {
      if (ctx && (await this.credentials.handleIfRevoked(ctx.mailbox.id, error))) {
        observe('parked');
        outcomes[stage] = 'skipped:needs_reauth';
        return undefined;
      }
      if (error instanceof LlmBudgetExhausted) {
        observe('deferred');
        await this.handOff(payload, next, Math.max(0, error.resumeAt.getTime() - Date.now()));
      } else if (error instanceof AppError && error.code === DRAFT_IN_PROGRESS) {
        observe('waiting');
        await this.handOff(payload, next, DRAFT_LOCK_WAIT_MS);
      } else if (ctx && !shouldRetry(error)) {
        observe('failed');
        await this.deadLetters.record({
          taskId: ctx.task.id,
          emailId: ctx.email.id,
          stage,
          error,
          attempts: 1,
        });
        this.logger.warn(
          { taskId: ctx.task.id, correlationId: payload.correlationId, stage, err: error },
          'stage failed for good',
        );
      } else {
        // Retryable, or the claim itself failed (a database blip): the stage's own job retries.
        observe('retry');
        this.retries.inc({ task_name: stage, stage, reason: retryReason(error) });
        await this.handOff(payload, next, retryDelayMs(stage, 1, error));
        this.logger.log(
          { taskId: payload.taskId, correlationId: payload.correlationId, stage, err: error },
          'stage failed; queued for retry',
        );
      }
      outcomes[stage] = 'handed_off';
      return undefined;
    }
  }

  private execute(
    stage: Stage,
    ctx: StageContext,
    vip: boolean | undefined,
    claimNext: boolean,
  ): Promise<StageStep> {
    ctx.claimNext = claimNext;
    switch (stage) {
      case JobName.Classify:
        return this.classify.run(ctx);
      case JobName.Generate:
        return this.generate.run(ctx, vip ?? this.context.isVip(ctx.email.sender));
      default:
        return this.draft.run(ctx);
    }
  }

  private handOff(payload: StagePayload, next: Next, delayMs?: number): Promise<void> {
    return this.jobs.enqueueStage(
      next.stage,
      { taskId: payload.taskId, correlationId: payload.correlationId },
      { vip: next.vip, delayMs },
    );
  }

  private timer(stage: Stage): (status: string) => void {
    const started = performance.now();
    return (status) =>
      this.duration.observe(
        { task_name: stage, stage, status },
        (performance.now() - started) / 1000,
      );
  }

  private done(ctx: StageContext, correlationId: string, stage: Stage, outcome: string): void {
    this.logger.log({ taskId: ctx.task.id, correlationId, stage, outcome }, 'stage done');
  }
}
