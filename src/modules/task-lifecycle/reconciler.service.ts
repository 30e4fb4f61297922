import { Injectable, Logger } from '@nestjs/common';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import type { TaskRow } from '../persistence/database/database.js';
import { StageQueue } from './stage-queue.service.js';
import { WAITING_FOR_LLM_BATCH } from './task-state.js';
import { HAND_OFF_STAGES, jobForStage } from './transitions.js';

/** Tasks looked at per page of recoverLostJobs. */
const RECOVERY_PAGE = 500;

/**
 * Longer than an inline run takes from a stage's end to the next stage's claim: a log line and
 * the claim statement, whose wait for a pooled connection is bounded by the pool's 5-s timeout.
 */
const HAND_OFF_REST_MS = 10_000;

/**
 * Postgres is the source of truth. Live tasks that have not moved for a while and have no job
 * in Redis (Redis lost its data, an enqueue failed after a commit) get their job back.
 */
@Injectable()
export class ReconcilerService {
  private readonly logger = new Logger(ReconcilerService.name);

  constructor(
    private readonly tasks: TaskRepository,
    private readonly stages: StageQueue,
  ) {}

  async reconcile(idleMs = 120_000, limit = 500): Promise<number> {
    const requeued = await this.requeue(await this.tasks.listStale(idleMs, limit));
    if (requeued) this.logger.warn({ requeued }, 'reconciler re-enqueued tasks that had no job');
    return requeued;
  }

  /**
   * Right after the queue store lost its data: every task that no worker is running and that was
   * last touched before now gets its job back at once, instead of after the idle threshold.
   * That is every pending task (queued for its first stage, deferred for the LLM budget or a
   * batch, which keeps its batch) and every processing task resting between two stages for over
   * HAND_OFF_REST_MS (its next stage was queued: a job's hand-off, not the same job's inline
   * run, which claims the next stage at once); one that rested less waits for reconcile(), as
   * do a budget-deferred task's wait (it is re-run and deferred again) and a VIP's priority
   * queue (it runs on the default one). Tasks in a stage (running, or waiting out a retry's backoff) are left to
   * reconcile(): a live worker may be running them, and a second run would pay for the LLM
   * twice. A job fetched just before the loss but not yet claimed can still run beside its
   * re-enqueued copy: the LLM paid twice, the draft still one (its lock and marker).
   */
  async recoverLostJobs(): Promise<number> {
    const before = await this.tasks.databaseNow();
    let requeued = 0;
    let after: string | null = null;
    for (;;) {
      const page = await this.tasks.listResting({
        before,
        handOffStages: HAND_OFF_STAGES,
        restMs: HAND_OFF_REST_MS,
        after,
        limit: RECOVERY_PAGE,
      });
      requeued += await this.requeue(page);
      if (page.length < RECOVERY_PAGE) break;
      after = page[page.length - 1].id;
    }
    // On a store's first use (a fresh install) there is nothing to recover: no alarm then.
    if (requeued) this.logger.warn({ requeued }, 'queue store lost its data: tasks re-enqueued');
    return requeued;
  }

  /**
   * Enqueues each task's stage job unless it has one; touches every task it looked at. The
   * listing already kept only active mailboxes' tasks; one parked since is refused by the stage's
   * claim, and its task stays pending until the mailbox is resumed or reconnected.
   */
  private async requeue(tasks: TaskRow[]): Promise<number> {
    let requeued = 0;
    for (const task of tasks) {
      if (await this.stages.hasLiveStageJob(task.id)) {
        await this.tasks.touch(task.id);
        continue;
      }
      await this.stages.enqueue(jobForStage(task.stage), {
        taskId: task.id,
        correlationId: task.correlationId,
        ...(task.skipReason === WAITING_FOR_LLM_BATCH && { deferrable: true }),
      });
      await this.tasks.touch(task.id);
      requeued++;
    }
    return requeued;
  }
}
