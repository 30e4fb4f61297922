import { Injectable, Logger } from '@nestjs/common';
import { AppError } from '../../core/errors/app-error.js';
import { MAX_STALL_RECOVERIES } from '../../core/queue/job-failure.js';
import { JobName, type StagePayload } from '../../core/queue/queue.constants.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import { DeadLetterService, STALLED_OUT } from './dead-letter.service.js';
import { StageQueue } from './stage-queue.service.js';
import { isActiveStatus, WAITING_FOR_LLM_BATCH } from './task-state.js';
import { jobForStage } from './transitions.js';

export type StallOutcome = 'requeued' | 'dead_lettered' | 'not_live' | 'has_job';

/**
 * Fresh jobs start at a random point of this window. A worker's death stalls every job it ran,
 * and BullMQ gives them back together: without the spread, the jobs that shared a worker with a
 * job that crashes it would run beside it again, and again, and run out of recoveries with it.
 */
const RESPREAD_MS = 30_000;

/**
 * BullMQ failed a task's stage job for stalling too often: its workers died (SIGKILL, OOM, a
 * crash loop) or froze while they ran it, twice. The job is gone; the task is not finished.
 * It gets a fresh job within RESPREAD_MS, instead of after the reconciler's idle threshold, and
 * the chain counts these in its payload: one that runs out (MAX_STALL_RECOVERIES) is likely a
 * poison job (an email that crashes the worker), and becomes a dead letter (STALLED_OUT) rather
 * than taking down workers again and again. A frozen worker's run may still be alive beside the
 * fresh job, as beside BullMQ's own re-run after a stall: the LLM may be paid twice, the draft
 * is still written once (its lease and marker).
 */
@Injectable()
export class StallRecovery {
  private readonly logger = new Logger(StallRecovery.name);

  constructor(
    private readonly tasks: TaskRepository,
    private readonly stages: StageQueue,
    private readonly deadLetters: DeadLetterService,
  ) {}

  /** `vip`: the stalled job ran ahead of the rest (a VIP sender's), as its successor will. */
  async recover(payload: StagePayload, opts: { vip?: boolean } = {}): Promise<StallOutcome> {
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
          `stage ${stage}: ${recoveries + 1} jobs in a row failed for stalling (their workers died or froze while running them)`,
        ),
        attempts: recoveries + 1,
      });
      this.logger.error(
        { taskId: task.id, correlationId: task.correlationId, stage, recoveries },
        'stage kept stalling its workers: dead-lettered',
      );
      return 'dead_lettered';
    }
    // A classify job waiting for (or about to ask) the Batch API stays deferrable.
    const deferrable =
      task.skipReason === WAITING_FOR_LLM_BATCH ||
      (payload.deferrable === true && stage === JobName.Classify);
    await this.stages.enqueue(
      stage,
      {
        taskId: task.id,
        correlationId: task.correlationId,
        stallRecoveries: recoveries + 1,
        ...(deferrable && { deferrable: true }),
      },
      { vip: opts.vip, delayMs: Math.round(Math.random() * RESPREAD_MS) },
    );
    await this.tasks.touch(task.id);
    this.logger.warn(
      { taskId: task.id, correlationId: task.correlationId, stage, recoveries: recoveries + 1 },
      'stalled-out stage job replaced',
    );
    return 'requeued';
  }
}
