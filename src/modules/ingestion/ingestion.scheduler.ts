import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { ScheduleConfig } from '../../core/config/schedule.config.js';
import { JobQueueService } from '../../core/queue/job-queue.service.js';
import {
  recoverIfStoreLost,
  scheduleExclusive,
  scheduleStoreLossCheck,
} from '../../core/queue/scheduled-task.js';
import { Coordination } from '../../core/coordination/coordination.port.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { MailboxScheduleRepository } from '../persistence/repositories/mailbox-schedule.repository.js';
import { NotificationRepository } from '../persistence/repositories/notification.repository.js';
import { FLEET_TICK_MS, MAX_CLAIMS_PER_TICK, CLAIM_BATCH } from './fleet-schedule.js';
import { IngestionConfig } from './ingestion.config.js';
import { WatchService } from './watch.service.js';

/**
 * Safety nets for ingestion (worker role only), each one timer for the whole fleet:
 * - every FLEET_TICK_MS, the safety-net syncs that came due (each mailbox once per
 *   GMAIL_SYNC_INTERVAL_MINUTES, at its own phase: Gmail drops pushes) and the watch renewals
 *   that came due (each mailbox once a day, at its own phase);
 * - every RECONCILE_INTERVAL_SECONDS (a minute), re-enqueue syncs for stored pushes no sync has
 *   covered within RECONCILE_IDLE_SECONDS (e.g. Redis lost them); and within seconds of the
 *   queue store losing its data, for every stored push not yet covered.
 */
@Injectable()
export class IngestionScheduler implements OnApplicationBootstrap {
  constructor(
    private readonly schedule: ScheduleConfig,
    private readonly config: IngestionConfig,
    private readonly registry: SchedulerRegistry,
    private readonly locks: Coordination,
    private readonly mailboxes: MailboxRepository,
    private readonly dueTimes: MailboxScheduleRepository,
    private readonly notifications: NotificationRepository,
    private readonly jobs: JobQueueService,
    private readonly watches: WatchService,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.schedule.SCHEDULERS_ENABLED) return;
    scheduleExclusive(this.registry, this.locks, 'periodic-sync', FLEET_TICK_MS, () =>
      this.syncDue(),
    );
    scheduleExclusive(this.registry, this.locks, 'watch-renewal', FLEET_TICK_MS, () =>
      this.watches.renewDue(),
    );
    const reconcileEvery = this.schedule.RECONCILE_INTERVAL_SECONDS * 1000;
    scheduleExclusive(this.registry, this.locks, 'notification-reconcile', reconcileEvery, () =>
      this.resyncUncovered(),
    );
    scheduleStoreLossCheck(this.registry, 'sync-jobs', () => this.recoverIfStoreLost());
  }

  /**
   * Re-enqueues syncs for every uncovered push at once if the queue store lost its data since
   * the last check (true then); with SCHEDULERS_ENABLED it runs every few seconds. A sync job
   * per mailbox is deduplicated in BullMQ, so covering pushes whose sync is still queued costs
   * nothing: no idle threshold here.
   */
  recoverIfStoreLost(): Promise<boolean> {
    return recoverIfStoreLost(this.locks, 'sync-jobs', () => this.resyncUncovered(0));
  }

  /** Enqueues the safety-net syncs that are due now; returns how many. */
  async syncDue(): Promise<number> {
    const period = this.config.GMAIL_SYNC_INTERVAL_MINUTES * 60;
    await this.dueTimes.place('sync', period);
    let enqueued = 0;
    for (let round = 0; round < MAX_CLAIMS_PER_TICK; round++) {
      const due = await this.dueTimes.claimDue('sync', period, 0, CLAIM_BATCH);
      // The slot names the job: a replayed tick cannot enqueue the same slot's sync twice.
      await this.jobs.enqueueSyncs(
        due.map((m) => ({
          payload: { mailboxId: m.id, correlationId: `scheduled-${slotOf(m.dueAt)}` },
          dedupKey: `sched_${slotOf(m.dueAt)}`,
        })),
      );
      enqueued += due.length;
      if (due.length < CLAIM_BATCH) break;
    }
    return enqueued;
  }

  /** A sync of every active mailbox now, whatever its schedule (tests, recovery drills). */
  async syncAll(): Promise<number> {
    const bucket = Math.floor(Date.now() / 60_000);
    const active = await this.mailboxes.listByStatus('active');
    await this.jobs.enqueueSyncs(
      active.map((mailbox) => ({
        payload: { mailboxId: mailbox.id, correlationId: `scheduled-${bucket}` },
        dedupKey: `sched_${bucket}`,
      })),
    );
    return active.length;
  }

  /** Syncs for the mailboxes with pushes no sync covered within `idleMs`; returns how many. */
  async resyncUncovered(idleMs = this.schedule.RECONCILE_IDLE_SECONDS * 1000): Promise<number> {
    const bucket = Math.floor(Date.now() / 60_000);
    const ids = await this.notifications.mailboxesWithUnprocessed(idleMs);
    for (const mailboxId of ids) {
      await this.jobs.enqueueSync(
        { mailboxId, correlationId: `reconcile-${bucket}` },
        `reconcile_${bucket}`,
      );
    }
    return ids.length;
  }
}

function slotOf(dueAt: Date): number {
  return Math.floor(dueAt.getTime() / 1000);
}
