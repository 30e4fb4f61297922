import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { DelayedError, Job } from 'bullmq';
import { PinoLogger } from 'nestjs-pino';
import { withJobContext } from '../../core/logging/job-context.js';
import { GracefulWorkerHost } from '../../core/queue/graceful-worker-host.js';
import {
  MAX_STALL_RECOVERIES,
  rethrowForQueue,
  waitOutOutage,
  workerSettings,
} from '../../core/queue/job-failure.js';
import { JobQueueService } from '../../core/queue/job-queue.service.js';
import {
  BackfillPayload,
  JobName,
  QueueName,
  SyncMailboxPayload,
} from '../../core/queue/queue.constants.js';
import { Coordination } from '../../core/coordination/coordination.port.js';
import { MailboxCredentialsService } from '../mailbox-credentials/mailbox-credentials.service.js';
import { DatabaseProbe } from '../persistence/database/database-probe.service.js';
import { MailboxSyncService } from './mailbox-sync.service.js';

/**
 * The mailbox's sync lock is a lease, renewed while its run lives: a worker killed mid-sync
 * (SIGKILL, OOM: no finally runs) holds up the mailbox's syncs for at most this long. The lock
 * only saves duplicate work: a second sync of the same mailbox is safe (message ids dedupe, the
 * history id only moves forward).
 */
const LEASE_TTL_MS = 15_000;

/** Runs mailbox syncs, one at a time per mailbox (a lease in Coordination; a busy mailbox's job waits). */
@Processor(QueueName.Sync, { settings: workerSettings })
export class SyncProcessor extends GracefulWorkerHost {
  private readonly logger = new Logger(SyncProcessor.name);

  constructor(
    private readonly syncs: MailboxSyncService,
    private readonly credentials: MailboxCredentialsService,
    private readonly locks: Coordination,
    private readonly database: DatabaseProbe,
    private readonly pino: PinoLogger,
    private readonly jobs: JobQueueService,
  ) {
    super();
  }

  /**
   * BullMQ failed a sync for stalling too often (its workers died while it ran): a fresh one at
   * once, so the mailbox's new mail does not wait for the safety-net sync. A chain that runs out
   * of fresh jobs (a mailbox whose sync takes workers down) is left to that safety net, which
   * starts a new chain: a mailbox like that keeps crashing a worker at the safety net's pace.
   */
  protected override async onStalledOut(job: Job<SyncMailboxPayload>): Promise<void> {
    const { mailboxId, historyId, correlationId } = job.data;
    const recoveries = job.data.stallRecoveries ?? 0;
    if (recoveries >= MAX_STALL_RECOVERIES) {
      this.logger.error(
        { mailboxId, correlationId, recoveries },
        'mailbox sync kept stalling its workers: left to the safety-net sync',
      );
      return;
    }
    await this.jobs.enqueueSyncAfterStall({
      mailboxId,
      historyId,
      correlationId,
      stallRecoveries: recoveries + 1,
    });
  }

  process(job: Job<SyncMailboxPayload>, token?: string): Promise<unknown> {
    return withJobContext(this.pino, job, () => this.sync(job, token));
  }

  private async sync(job: Job<SyncMailboxPayload>, token?: string): Promise<unknown> {
    const { mailboxId } = job.data;
    // No shortcut on the payload's history id: a waiting sync also stands for the pushes
    // deduplicated onto it (JobQueueService.syncOptions), whose newer ids it never saw.
    const lease = await this.locks.tryLease(`sync:${mailboxId}`, LEASE_TTL_MS);
    if (!lease) {
      // Another run holds the lock (e.g. a job BullMQ wrongly took for stalled); run after it.
      await job.moveToDelayed(Date.now() + 500 + Math.floor(Math.random() * 500), token);
      throw new DelayedError();
    }
    try {
      const outcome = await this.syncs.sync(mailboxId);
      // Most syncs of a large fleet are safety nets that find nothing: at info level they would
      // be most of the log volume (one line per mailbox per sync period) and say nothing.
      const line = { mailboxId, correlationId: job.data.correlationId, ...outcome };
      if (outcome.recorded > 0 || outcome.mode !== 'incremental')
        this.logger.log(line, 'mailbox synced');
      else this.logger.debug(line, 'mailbox synced, nothing new');
      return outcome;
    } catch (error) {
      if (await this.credentials.handleIfRevoked(mailboxId, error))
        return { mode: 'skipped', reason: 'needs_reauth' };
      // Postgres is down: wait for it without spending an attempt (outageRetryAt). Under the
      // retry policy the next push would find this job delayed for its backoff and be folded
      // into it (deduplication), so the mailbox's new mail would wait for that backoff too.
      if (token && (await this.database.isOutage(error))) await waitOutOutage(job, token);
      rethrowForQueue(error);
    } finally {
      await lease.release();
    }
  }
}

/** Backfills run on the batch queue so they never delay live mail. */
@Processor(QueueName.Batch, { settings: workerSettings })
export class BackfillProcessor extends GracefulWorkerHost {
  constructor(
    private readonly syncs: MailboxSyncService,
    private readonly pino: PinoLogger,
  ) {
    super();
  }

  process(job: Job<BackfillPayload>): Promise<unknown> {
    return withJobContext(this.pino, job, () => this.backfill(job));
  }

  private async backfill(job: Job<BackfillPayload>): Promise<unknown> {
    if (job.name !== JobName.Backfill) return null;
    try {
      return { recorded: await this.syncs.backfill(job.data.mailboxId, job.data.days) };
    } catch (error) {
      rethrowForQueue(error);
    }
  }
}
