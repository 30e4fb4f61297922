import { Injectable, Logger } from '@nestjs/common';
import { JobQueueService, Stage } from '../../core/queue/job-queue.service.js';
import { JobName } from '../../core/queue/queue.constants.js';
import { TaskStage } from '../persistence/entities/processing-task.entity.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { EmailRepository } from '../persistence/repositories/email.repository.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';

/** Which job carries a live task forward from the stage it is recorded at. */
export function nextJobFor(stage: TaskStage): Stage {
  switch (stage) {
    case 'queued':
    case 'classifying':
      return JobName.Classify;
    case 'classified':
    case 'generating':
      return JobName.Generate;
    default:
      return JobName.Draft;
  }
}

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
    private readonly jobs: JobQueueService,
  ) {}

  async reconcile(idleMs = 120_000, limit = 500): Promise<number> {
    let requeued = 0;
    const activeMailboxes = new Map<string, boolean>();
    for (const task of await this.tasks.listStale(idleMs, limit)) {
      const email = task.email ?? (await this.emails.findById(task.emailId));
      if (!email) continue;
      if (!activeMailboxes.has(email.mailboxId)) {
        const mailbox = await this.mailboxes.findById(email.mailboxId);
        activeMailboxes.set(email.mailboxId, mailbox?.status === 'active');
      }
      // Parked mailboxes keep their tasks pending until resumed or reconnected.
      if (!activeMailboxes.get(email.mailboxId)) continue;
      const stage = nextJobFor(task.stage);
      if (await this.jobs.hasLiveStageJob(task.id)) {
        await this.tasks.touch(task.id);
        continue;
      }
      await this.jobs.enqueueStage(stage, { taskId: task.id, correlationId: task.correlationId });
      await this.tasks.touch(task.id);
      requeued++;
    }
    if (requeued) this.logger.warn({ requeued }, 'reconciler re-enqueued tasks that had no job');
    return requeued;
  }
}
