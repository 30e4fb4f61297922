import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { AppError } from '../../core/errors/app-error.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { FailedTaskEntity } from '../persistence/entities/failed-task.entity.js';
import { FailedTaskRepository } from '../persistence/repositories/failed-task.repository.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import { StageQueue } from './stage-queue.service.js';
import { isActiveStatus } from './task-state.js';
import { isStageJob, STAGE_TRANSITIONS, StageJob } from './transitions.js';

/** Automatic retries of one dead letter; after these an operator decides. */
export const MAX_DLQ_RETRIES = 3;

/**
 * Error code of a dead letter whose stage jobs kept stalling (StallRecovery): likely an email
 * that crashes the worker, possibly one that only shared workers with it. Retried automatically
 * once per task, at a random point of STALLED_OUT_RETRY_SPREAD_MS (apart from the letters
 * written with it); after that, and once a task has two such letters, an operator decides.
 */
export const STALLED_OUT = 'STAGE_STALLED_OUT';
const STALLED_OUT_RETRY_SPREAD_MS = 10 * 60_000;

@Injectable()
export class DeadLetterService {
  private readonly logger = new Logger(DeadLetterService.name);

  constructor(
    private readonly failed: FailedTaskRepository,
    private readonly tasks: TaskRepository,
    private readonly stages: StageQueue,
    @InjectMetric(Metric.DeadLetters) private readonly deadLetters: Counter<string>,
  ) {}

  /** A stage gave up: keep the evidence in failed_tasks and mark the task failed. */
  async record(input: {
    taskId: string;
    emailId: number;
    stage: StageJob;
    error: unknown;
    attempts: number;
  }): Promise<void> {
    const error = input.error;
    const message = error instanceof Error ? error.message : String(error);
    const raw =
      error instanceof AppError ? (error.options.details?.raw as string | undefined) : undefined;
    await this.failed.record({
      emailId: input.emailId,
      taskId: input.taskId,
      taskName: input.stage,
      errorCode: error instanceof AppError ? error.code : null,
      errorMessage: message,
      stackTrace: error instanceof Error ? (error.stack ?? null) : null,
      rawOutput: typeof raw === 'string' ? raw : null,
      retryCount: input.attempts,
    });
    await this.tasks.update(input.taskId, {
      status: 'failed',
      errorMessage: message.slice(0, 2000),
      completedAt: new Date(),
    });
    this.deadLetters.inc({ task_name: input.stage });
  }

  /** Re-runs a dead letter's stage (scheduler or operator). False when there is nothing to retry. */
  async retry(entry: FailedTaskEntity, opts: { delayMs?: number } = {}): Promise<boolean> {
    if (!entry.taskId || entry.resolvedAt) return false;
    // A re-run starts where the failed stage started (what the stage before it recorded).
    const stage = entry.taskName;
    if (!isStageJob(stage)) return false;
    const restart = STAGE_TRANSITIONS[stage].from;
    const task = await this.tasks.findById(entry.taskId);
    if (!task) return false;
    if (task.status === 'failed' && !(await this.tasks.reopen(task.id, restart))) return false;
    if (task.status !== 'failed' && !isActiveStatus(task.status)) {
      // Already finished by another path: the dead letter is moot.
      await this.failed.resolve(entry.id);
      return false;
    }
    await this.failed.markRetried(entry.id);
    await this.stages.enqueue(
      stage,
      { taskId: task.id, correlationId: task.correlationId },
      { delayMs: opts.delayMs },
    );
    return true;
  }

  async retryDue(limit = 100): Promise<number> {
    let count = 0;
    for (const entry of await this.failed.listRetryable(MAX_DLQ_RETRIES, limit, STALLED_OUT)) {
      const spread =
        entry.errorCode === STALLED_OUT
          ? { delayMs: Math.round(Math.random() * STALLED_OUT_RETRY_SPREAD_MS) }
          : {};
      try {
        if (await this.retry(entry, spread)) count++;
      } catch (error) {
        this.logger.error({ failedTaskId: entry.id, err: error }, 'dead-letter retry failed');
      }
    }
    return count;
  }
}
