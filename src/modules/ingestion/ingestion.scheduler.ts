import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ScheduleConfig } from '../../core/config/schedule.config.js';
import { JobQueueService } from '../../core/queue/job-queue.service.js';
import { scheduleExclusive } from '../../core/queue/scheduled-task.js';
import { Coordination } from '../../core/coordination/coordination.port.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { NotificationRepository } from '../persistence/repositories/notification.repository.js';
import { IngestionConfig } from './ingestion.config.js';
import { WatchService } from './watch.service.js';

/**
 * Safety nets for ingestion (worker role only):
 * - every GMAIL_SYNC_INTERVAL_MINUTES, a sync of every active mailbox: Gmail drops pushes;
 * - hourly, renew watches older than a day;
 * - every RECONCILE_INTERVAL_SECONDS (a minute), re-enqueue syncs for stored pushes no sync has
 *   covered within RECONCILE_IDLE_SECONDS (e.g. Redis lost them).
 */
@Injectable()
export class IngestionScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly schedule: ScheduleConfig,
    private readonly config: IngestionConfig,
    private readonly registry: SchedulerRegistry,
    private readonly locks: Coordination,
    private readonly mailboxes: MailboxRepository,
    private readonly notifications: NotificationRepository,
    private readonly jobs: JobQueueService,
    private readonly watches: WatchService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.schedule.SCHEDULERS_ENABLED) return;
    const syncEvery = this.config.GMAIL_SYNC_INTERVAL_MINUTES * 60_000;
    scheduleExclusive(this.registry, this.locks, 'periodic-sync', syncEvery, () => this.syncAll());
    scheduleExclusive(this.registry, this.locks, 'watch-renewal', 60 * 60_000, () =>
      this.watches.renewDue(),
    );
    const reconcileEvery = this.schedule.RECONCILE_INTERVAL_SECONDS * 1000;
    scheduleExclusive(this.registry, this.locks, 'notification-reconcile', reconcileEvery, () =>
      this.resyncUncovered(),
    );
  }

  async syncAll(): Promise<number> {
    const bucket = Math.floor(Date.now() / 60_000);
    const active = await this.mailboxes.listByStatus('active');
    for (const mailbox of active) {
      await this.jobs.enqueueSync(
        { mailboxId: mailbox.id, correlationId: `scheduled-${bucket}` },
        `sched_${bucket}`,
      );
    }
    return active.length;
  }

  async resyncUncovered(): Promise<number> {
    const bucket = Math.floor(Date.now() / 60_000);
    const ids = await this.notifications.mailboxesWithUnprocessed(
      this.schedule.RECONCILE_IDLE_SECONDS * 1000,
    );
    for (const mailboxId of ids) {
      await this.jobs.enqueueSync(
        { mailboxId, correlationId: `reconcile-${bucket}` },
        `reconcile_${bucket}`,
      );
    }
    return ids.length;
  }
}
