import { Injectable, Logger } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { AppError } from '../../core/errors/app-error.js';
import { JobQueueService, Stage } from '../../core/queue/job-queue.service.js';
import { JobName } from '../../core/queue/queue.constants.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { TaskStage } from '../persistence/entities/processing-task.entity.js';
import { FailedTaskEntity } from '../persistence/entities/failed-task.entity.js';
import { FailedTaskRepository } from '../persistence/repositories/failed-task.repository.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';

/** Where a re-run of a failed stage starts. */
const RESTART_STAGE: Record<string, TaskStage> = {
  [JobName.Classify]: 'queued',
  [JobName.Generate]: 'classified',
  [JobName.Draft]: 'reply_generated',
};

/** Automatic retries of one dead letter; after these an operator decides. */
export const MAX_DLQ_RETRIES = 3;

@Injectable()
export class DeadLetterService {
  private readonly logger = new Logger(DeadLetterService.name);

  constructor(
    private readonly failed: FailedTaskRepository,
    private readonly tasks: TaskRepository,
    private readonly jobs: JobQueueService,
    @InjectMetric(Metric.DeadLetters) private readonly deadLetters: Counter<string>,
  ) {}

  /** A stage gave up: keep the evidence in failed_tasks and mark the task failed. */
  async record(input: {
    taskId: string;
    emailId: number;
    stage: Stage;
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
  async retry(entry: FailedTaskEntity): Promise<boolean> {
    if (!entry.taskId || entry.resolvedAt) return false;
    const stage = entry.taskName as Stage;
    const restart = RESTART_STAGE[stage];
    if (!restart) return false;
    const task = await this.tasks.findById(entry.taskId);
    if (!task) return false;
    if (task.status === 'failed' && !(await this.tasks.reopen(task.id, restart))) return false;
    if (task.status !== 'failed' && !['pending', 'processing'].includes(task.status)) {
      // Already finished by another path: the dead letter is moot.
      await this.failed.resolve(entry.id);
      return false;
    }
    await this.failed.markRetried(entry.id);
    await this.jobs.enqueueStage(stage, { taskId: task.id, correlationId: task.correlationId });
    return true;
  }

  async retryDue(limit = 100): Promise<number> {
    let count = 0;
    for (const entry of await this.failed.listRetryable(MAX_DLQ_RETRIES, limit)) {
      try {
        if (await this.retry(entry)) count++;
      } catch (error) {
        this.logger.error({ failedTaskId: entry.id, err: error }, 'dead-letter retry failed');
      }
    }
    return count;
  }
}
