import { Injectable, Logger } from '@nestjs/common';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { EmailRepository } from '../persistence/repositories/email.repository.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import type { TaskRow } from '../persistence/database/database.js';
import { StageQueue } from './stage-queue.service.js';
import { jobForStage } from './transitions.js';

/** Tasks looked at per page of recoverLostJobs. */
const RECOVERY_PAGE = 500;

/**
 * Postgres is the source of truth. Live tasks that have not moved for a while and have no job
 * in Redis (Redis lost its data, an enqueue failed after a commit) get their job back.
 */
@Injectable()
export class ReconcilerService {
  private readonly logger = new Logger(ReconcilerService.name);

  constructor(
    private readonly tasks: TaskRepository,
    private readonly emails: EmailRepository,
    private readonly mailboxes: MailboxRepository,
    private readonly stages: StageQueue,
  ) {}

  async reconcile(idleMs = 120_000, limit = 500): Promise<number> {
    const requeued = await this.requeue(await this.tasks.listStale(idleMs, limit));
    if (requeued) this.logger.warn({ requeued }, 'reconciler re-enqueued tasks that had no job');
    return requeued;
  }

  /**
   * Right after the queue store lost its data: every pending task (waiting for its first or
   * next stage, none of it running) touched before `lostBy` gets its job back now, instead of
   * after the idle threshold. Processing tasks are left to reconcile(): a live worker may be
   * running them still, and a second run would pay for the LLM twice. Each task requeued is
   * touched, so the pages move on; one that only repeats tasks left alone (a mailbox parked
   * meanwhile) ends the pass.
   */
  async recoverLostJobs(lostBy: Date): Promise<number> {
    let requeued = 0;
    const seen = new Set<string>();
    for (;;) {
      const page = await this.tasks.listPendingBefore(lostBy, RECOVERY_PAGE);
      const fresh = page.filter((t) => !seen.has(t.id));
      for (const t of fresh) seen.add(t.id);
      requeued += await this.requeue(fresh);
      if (page.length < RECOVERY_PAGE || fresh.length === 0) break;
    }
    this.logger.warn({ requeued }, 'queue store lost its data: pending tasks re-enqueued');
    return requeued;
  }

  /** Enqueues each task's stage job unless it has one; touches every task it looked at. */
  private async requeue(tasks: TaskRow[]): Promise<number> {
    let requeued = 0;
    const activeMailboxes = new Map<string, boolean>();
    for (const task of tasks) {
      const email = await this.emails.findById(task.emailId);
      if (!email) continue;
      if (!activeMailboxes.has(email.mailboxId)) {
        const mailbox = await this.mailboxes.findById(email.mailboxId);
        activeMailboxes.set(email.mailboxId, mailbox?.status === 'active');
      }
      // Parked mailboxes keep their tasks pending until resumed or reconnected.
      if (!activeMailboxes.get(email.mailboxId)) continue;
      if (await this.stages.hasLiveStageJob(task.id)) {
        await this.tasks.touch(task.id);
        continue;
      }
      await this.stages.enqueue(jobForStage(task.stage), {
        taskId: task.id,
        correlationId: task.correlationId,
      });
      await this.tasks.touch(task.id);
      requeued++;
    }
    return requeued;
  }
}
