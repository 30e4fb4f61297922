import { Injectable, Logger } from '@nestjs/common';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { EmailRepository } from '../persistence/repositories/email.repository.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import { StageQueue } from './stage-queue.service.js';
import { jobForStage } from './transitions.js';

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
    let requeued = 0;
    const activeMailboxes = new Map<string, boolean>();
    for (const task of await this.tasks.listStale(idleMs, limit)) {
      const email = await this.emails.findById(task.emailId);
      if (!email) continue;
      if (!activeMailboxes.has(email.mailboxId)) {
        const mailbox = await this.mailboxes.findById(email.mailboxId);
        activeMailboxes.set(email.mailboxId, mailbox?.status === 'active');
      }
      // Parked mailboxes keep their tasks pending until resumed or reconnected.
      if (!activeMailboxes.get(email.mailboxId)) continue;
      const job = jobForStage(task.stage);
      if (await this.stages.hasLiveStageJob(task.id)) {
        await this.tasks.touch(task.id);
        continue;
      }
      await this.stages.enqueue(job, { taskId: task.id, correlationId: task.correlationId });
      await this.tasks.touch(task.id);
      requeued++;
    }
    if (requeued) this.logger.warn({ requeued }, 'reconciler re-enqueued tasks that had no job');
    return requeued;
  }
}
