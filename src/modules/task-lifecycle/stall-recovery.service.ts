import { Injectable, Logger } from '@nestjs/common';
import { AppError } from '../../core/errors/app-error.js';
import { MAX_STALL_RECOVERIES } from '../../core/queue/job-failure.js';
import type { StagePayload } from '../../core/queue/queue.constants.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import { DeadLetterService, STALLED_OUT } from './dead-letter.service.js';
import { StageQueue } from './stage-queue.service.js';
import { isActiveStatus, WAITING_FOR_LLM_BATCH } from './task-state.js';
import { jobForStage } from './transitions.js';

export type StallOutcome = 'requeued' | 'dead_lettered' | 'not_live' | 'has_job';

/**
 * BullMQ failed a task's stage job for stalling too often: its workers died (SIGKILL, OOM, a
 * crash loop) or froze while they ran it, twice. The job is gone; the task is not finished.
 * It gets a fresh job at once, instead of after the reconciler's idle threshold, and the chain
 * counts these in its payload: one that runs out (MAX_STALL_RECOVERIES) is a poison job, and it
 * becomes a dead letter for an operator rather than taking down workers again and again.
 */
@Injectable()
export class StallRecovery {
  private readonly logger = new Logger(StallRecovery.name);

  constructor(
    private readonly tasks: TaskRepository,
    private readonly stages: StageQueue,
    private readonly deadLetters: DeadLetterService,
  ) {}

  async recover(payload: StagePayload): Promise<StallOutcome> {
    const task = await this.tasks.findById(payload.taskId);
    if (!task || !isActiveStatus(task.status)) return 'not_live';
    // The reconciler (or a retry) may have given the task a job already.
    if (await this.stages.hasLiveStageJob(task.id)) return 'has_job';
    const stage = jobForStage(task.stage);
    const recoveries = payload.stallRecoveries ?? 0;
    if (recoveries >= MAX_STALL_RECOVERIES) {
      await this.deadLetters.record({
        taskId: task.id,
        emailId: task.emailId,
        stage,
        error: new AppError(
          STALLED_OUT,
          `stage ${stage} stalled its worker ${2 * (recoveries + 1)} times (worker died or froze while running it)`,
        ),
        attempts: recoveries + 1,
      });
      this.logger.error(
        { taskId: task.id, correlationId: task.correlationId, stage, recoveries },
        'stage kept stalling its workers: dead-lettered',
      );
      return 'dead_lettered';
    }
    await this.stages.enqueue(stage, {
      taskId: task.id,
      correlationId: task.correlationId,
      stallRecoveries: recoveries + 1,
      ...(task.skipReason === WAITING_FOR_LLM_BATCH && { deferrable: true }),
    });
    await this.tasks.touch(task.id);
    this.logger.warn(
      { taskId: task.id, correlationId: task.correlationId, stage, recoveries: recoveries + 1 },
      'stalled-out stage job replaced',
    );
    return 'requeued';
  }
}
