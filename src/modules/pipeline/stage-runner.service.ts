import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { DelayedError, Job } from 'bullmq';
import type { Counter, Histogram } from 'prom-client';
import { PipelineConfig } from './pipeline.config.js';
import { AppError } from '../../core/errors/app-error.js';
import {
  delayForOutage,
  isFinalAttempt,
  outageRetryAt,
  rethrowForQueue,
  retryDelayMs,
  retryReason,
  shouldRetry,
} from '../../core/queue/job-failure.js';
import { StagePayload } from '../../core/queue/queue.constants.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { MailboxCredentialsService } from '../mailbox-credentials/mailbox-credentials.service.js';
import { DatabaseProbe } from '../persistence/database/database-probe.service.js';
import { DeadLetterService } from '../task-lifecycle/dead-letter.service.js';
import { StageHandlerRegistry } from '../task-lifecycle/stage-handler.registry.js';
import { StageQueue } from '../task-lifecycle/stage-queue.service.js';
import { StageJob } from '../task-lifecycle/transitions.js';
import { DRAFT_IN_PROGRESS } from './draft-stage.service.js';
import { LlmBatchPending } from './batch-classify.service.js';
import { LlmBudgetExhausted } from './llm-budget.service.js';
import { StageContext, StageContextService } from './stage-context.service.js';
import { StageHandler, StageStep } from './stage-step.js';

/** Re-check interval while another run holds a task's draft lock. */
const DRAFT_LOCK_WAIT_MS = 5_000;

type Next = NonNullable<StageStep['next']>;
type Outcomes = Partial<Record<StageJob, string>>;

export interface RunOptions {
  /** True once the worker is shutting down: hand the next stage to the queue, start nothing. */
  draining?: () => boolean;
}

/**
 * How a stage runs: as the job's own stage (its failures go through BullMQ's retries, on the
 * job's attempts) or inline after the stage before it succeeded in the same job (its failures
 * never fail that job: they become a job of the stage's own, as if it had been queued).
 */
type Attempt =
  { kind: 'queued'; job: Job<StagePayload>; token: string | undefined } | { kind: 'inline' };

/** What a stage's failure calls for; the same decision whichever way the stage ran. */
type Verdict =
  /** Resume at `at` without spending an attempt (LLM budget spent, draft lock held). */
  | { kind: 'later'; status: 'deferred' | 'waiting' | 'batched'; at: number }
  /** Postgres is down: resume at `at`, no attempt spent; the job's `outageWaits` with this one. */
  | { kind: 'later'; status: 'outage'; at: number; outageWaits: number }
  /** The mailbox's grant was revoked: the task stays pending until it is reconnected. */
  | { kind: 'parked' }
  | { kind: 'dead'; attempts: number }
  | { kind: 'retry' };

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
    private readonly config: PipelineConfig,
    private readonly context: StageContextService,
    private readonly handlers: StageHandlerRegistry<StageHandler>,
    private readonly deadLetters: DeadLetterService,
    private readonly credentials: MailboxCredentialsService,
    private readonly stages: StageQueue,
    private readonly database: DatabaseProbe,
    @InjectMetric(Metric.TaskDuration) private readonly duration: Histogram<string>,
    @InjectMetric(Metric.TaskRetries) private readonly retries: Counter<string>,
  ) {}

  async run(job: Job<StagePayload>, token?: string, opts: RunOptions = {}): Promise<unknown> {
    const outcomes: Outcomes = {};
    const inline = () => this.config.PIPELINE_INLINE_STAGES && !opts.draining?.();
    let stage: StageJob;
    try {
      stage = this.handlers.handlerFor(job.name).job;
    } catch (error) {
      this.logger.error({ job: job.name.slice(0, 64), err: error }, 'job names no stage');
      rethrowForQueue(error);
    }
    let attempt: Attempt = { kind: 'queued', job, token };
    let next = await this.runStage(
      job.data,
      { stage, vip: undefined, deferrable: job.data.deferrable === true },
      attempt,
      outcomes,
    );
    while (next) {
      if (!inline()) {
        await this.handOff(job.data, next);
        break;
      }
      attempt = { kind: 'inline' };
      next = await this.runStage(job.data, next, attempt, outcomes);
    }
    return outcomes;
  }

  /** One stage, however it runs: claim, run, record. */
  private async runStage(
    payload: StagePayload,
    step: Pick<Next, 'stage'> & { vip: boolean | undefined; deferrable?: boolean },
    attempt: Attempt,
    outcomes: Outcomes,
  ): Promise<Next | undefined> {
    const { stage } = step;
    const observe = this.timer(stage);
    let ctx: StageContext | undefined;
    try {
      const loaded = await this.context.load(payload.taskId, stage);
      if (loaded.kind !== 'ready') {
        observe(loaded.kind);
        outcomes[stage] = `skipped:${loaded.kind}`;
        return undefined;
      }
      ctx = loaded.ctx;
      const { handler } = this.handlers.handlerFor(stage);
      const result = await handler.run(ctx, { vip: step.vip, deferrable: step.deferrable });
      observe('success');
      this.logger.log(
        {
          taskId: ctx.task.id,
          correlationId: payload.correlationId,
          stage,
          outcome: result.outcome,
        },
        'stage done',
      );
      outcomes[stage] = result.outcome;
      return result.next;
    } catch (error) {
      // Asked once: the same failure must get the same answer in both places below.
      const outage = await this.database.isOutage(error);
      // A queued job whose claim failed is BullMQ's to retry, as it was thrown (a database blip),
      // unless the database is down: then it waits for it, spending no attempt (judge).
      if (!ctx && attempt.kind === 'queued' && !outage) throw error;
      const verdict = await this.judge(error, ctx, attempt, outage);
      observe(verdict.kind === 'later' ? verdict.status : VERDICT_STATUS[verdict.kind]);
      if (verdict.kind === 'parked') {
        outcomes[stage] = 'skipped:needs_reauth';
        return undefined;
      }
      if (verdict.kind === 'dead' && ctx) {
        await this.deadLetters.record({
          taskId: ctx.task.id,
          emailId: ctx.email.id,
          stage,
          error,
          attempts: verdict.attempts,
        });
        this.logger.warn(
          { taskId: ctx.task.id, correlationId: payload.correlationId, stage, err: error },
          'stage failed for good',
        );
      }
      if (verdict.kind === 'retry')
        this.retries.inc({ task_name: stage, stage, reason: retryReason(error) });
      if (attempt.kind === 'queued') {
        if (verdict.kind === 'later' && attempt.token) {
          if (verdict.status === 'outage')
            await delayForOutage(attempt.job, attempt.token, verdict.at, verdict.outageWaits);
          else await attempt.job.moveToDelayed(verdict.at, attempt.token);
          throw new DelayedError();
        }
        rethrowForQueue(error);
      }
      // Inline: the stage before succeeded, so this job does too; the stage gets a job of its own.
      if (verdict.kind === 'later') {
        await this.handOff(payload, step, Math.max(0, verdict.at - Date.now()));
      } else if (verdict.kind === 'retry') {
        await this.handOff(payload, step, retryDelayMs(stage, 1, error));
        this.logger.log(
          { taskId: payload.taskId, correlationId: payload.correlationId, stage, err: error },
          'stage failed; queued for retry',
        );
      }
      outcomes[stage] = 'handed_off';
      return undefined;
    }
  }

  /**
   * The one failure policy. Waiting for the LLM budget, a draft lock or the end of an outage
   * must not spend attempts: quick retries would dead-letter a healthy email while a killed
   * run's lock is still held, and the retry policy's long backoff would hold it for minutes
   * after Postgres came back (outageRetryAt). A stage dead-letters on its job's last attempt, or
   * at once when retrying cannot help.
   */
  private async judge(
    error: unknown,
    ctx: StageContext | undefined,
    attempt: Attempt,
    outage: boolean,
  ): Promise<Verdict> {
    const canDelay = attempt.kind === 'inline' || attempt.token !== undefined;
    if (canDelay && outage) {
      const waits = attempt.kind === 'queued' ? (attempt.job.data.outageWaits ?? 0) : 0;
      const at = outageRetryAt(waits);
      if (at !== null) return { kind: 'later', status: 'outage', at, outageWaits: waits + 1 };
    }
    if (canDelay && error instanceof LlmBudgetExhausted)
      return { kind: 'later', status: 'deferred', at: error.resumeAt.getTime() };
    if (canDelay && error instanceof LlmBatchPending)
      return { kind: 'later', status: 'batched', at: error.resumeAt.getTime() };
    if (canDelay && error instanceof AppError && error.code === DRAFT_IN_PROGRESS)
      return { kind: 'later', status: 'waiting', at: Date.now() + DRAFT_LOCK_WAIT_MS };
    if (ctx && (await this.credentials.handleIfRevoked(ctx.mailbox.id, error)))
      return { kind: 'parked' };
    if (!ctx) return { kind: 'retry' };
    if (attempt.kind === 'queued') {
      return isFinalAttempt(attempt.job, error)
        ? { kind: 'dead', attempts: attempt.job.attemptsMade + 1 }
        : { kind: 'retry' };
    }
    return shouldRetry(error) ? { kind: 'retry' } : { kind: 'dead', attempts: 1 };
  }

  private handOff(
    payload: StagePayload,
    next: { stage: StageJob; vip?: boolean },
    delayMs?: number,
  ): Promise<void> {
    return this.stages.enqueue(
      next.stage,
      { taskId: payload.taskId, correlationId: payload.correlationId },
      { vip: next.vip, delayMs },
    );
  }

  private timer(stage: StageJob): (status: string) => void {
    const started = performance.now();
    return (status) =>
      this.duration.observe(
        { task_name: stage, stage, status },
        (performance.now() - started) / 1000,
      );
  }
}

/** The task-duration metric's status for each verdict. */
const VERDICT_STATUS = { parked: 'parked', dead: 'failed', retry: 'retry' } as const;
