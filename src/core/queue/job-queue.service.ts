import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { withTimeout } from '../redis/redis.service.js';
import { BackfillPayload, JobName, QueueName, SyncMailboxPayload } from './queue.constants.js';
import { BACKOFF_STRATEGY, RETRY_POLICY } from './retry-policy.js';

/**
 * Options every job gets: finished jobs are removed (Postgres keeps the record, and a later
 * re-enqueue must not be swallowed by a finished job's id) and retries use the policy backoff.
 */
export const BASE_JOB_OPTIONS = {
  removeOnComplete: true,
  removeOnFail: true,
  backoff: { type: BACKOFF_STRATEGY },
} as const satisfies JobsOptions;

/** Redis answers in well under this; beyond it we treat the queue as down (caller answers 503). */
const ENQUEUE_TIMEOUT_MS = 3_000;

/**
 * The one place jobs reach BullMQ (stage jobs through the task lifecycle's StageQueue). Job ids
 * are deterministic (stage + task id, mailbox + history id) so a duplicate enqueue of live work
 * is a no-op in BullMQ. Finished jobs are removed:
 * Postgres keeps the record, and a later re-enqueue (retry, reconcile) must not be swallowed.
 */
@Injectable()
export class JobQueueService {
  constructor(
    @InjectQueue(QueueName.Sync) private readonly sync: Queue,
    @InjectQueue(QueueName.Default) private readonly defaultQueue: Queue,
    @InjectQueue(QueueName.Priority) private readonly priority: Queue,
    @InjectQueue(QueueName.Batch) private readonly batch: Queue,
  ) {
    // Without a listener BullMQ prints every reconnect error; health and 503s already report outages.
    for (const queue of Object.values(this.queues())) queue.on('error', () => undefined);
  }

  queues(): Record<QueueName, Queue> {
    return {
      [QueueName.Sync]: this.sync,
      [QueueName.Default]: this.defaultQueue,
      [QueueName.Priority]: this.priority,
      [QueueName.Batch]: this.batch,
    };
  }

  async enqueueSync(payload: SyncMailboxPayload, dedupKey: string): Promise<void> {
    await this.add(
      this.sync,
      JobName.SyncMailbox,
      payload,
      JobQueueService.syncOptions(payload, dedupKey),
    );
  }

  /**
   * A fresh sync for one BullMQ failed for stalling: a job id of its own (the failed one's is
   * free again, but a sync of the same push may have been folded into another meanwhile).
   */
  async enqueueSyncAfterStall(payload: SyncMailboxPayload): Promise<void> {
    const key = `${payload.historyId ?? 'scheduled'}_stalled${payload.stallRecoveries ?? 0}`;
    await this.enqueueSync(payload, key);
  }

  /**
   * A sync reads the mailbox's whole history since its stored id, so one waiting sync covers any
   * number of pushes: per mailbox at most one sync waits and one runs (BullMQ deduplication).
   * A push that arrives while a sync runs is kept as the next one (keepLastIfActive), so mail
   * that landed after the running sync listed the history is still synced. Without this a
   * burst of pushes made one sync job per push, most of which found their push already covered.
   */
  static syncOptions(payload: SyncMailboxPayload, dedupKey: string): JobsOptions {
    return {
      jobId: `sync_${payload.mailboxId}_${dedupKey}`,
      deduplication: { id: `mailbox_${payload.mailboxId}`, keepLastIfActive: true },
      attempts: RETRY_POLICY[JobName.SyncMailbox].attempts,
    };
  }

  /** Several jobs of one name in one round trip (BullMQ addBulk), each with the base options. */
  async addBulk(
    queue: Queue,
    name: string,
    jobs: { data: object; opts: JobsOptions }[],
  ): Promise<void> {
    if (!jobs.length) return;
    await withTimeout(
      queue.addBulk(
        jobs.map(({ data, opts }) => ({ name, data, opts: { ...BASE_JOB_OPTIONS, ...opts } })),
      ),
      ENQUEUE_TIMEOUT_MS,
      `enqueue ${jobs.length} ${name}`,
    );
  }

  /**
   * Several syncs in one Redis round trip (BullMQ addBulk pipelines the adds); the same job ids
   * and options as enqueueSync, so a live duplicate is still a no-op.
   */
  async enqueueSyncs(items: { payload: SyncMailboxPayload; dedupKey: string }[]): Promise<void> {
    await this.addBulk(
      this.sync,
      JobName.SyncMailbox,
      items.map(({ payload, dedupKey }) => ({
        data: payload,
        opts: JobQueueService.syncOptions(payload, dedupKey),
      })),
    );
  }

  async enqueueBackfill(payload: BackfillPayload): Promise<string> {
    const jobId = `backfill_${payload.mailboxId}_${Date.now()}`;
    await this.add(this.batch, JobName.Backfill, payload, {
      jobId,
      attempts: RETRY_POLICY[JobName.Backfill].attempts,
    });
    return jobId;
  }

  /** Adds one job with the base options; `opts` (job id, attempts, delay) go on top. */
  async add(queue: Queue, name: string, data: object, opts: JobsOptions): Promise<void> {
    await withTimeout(
      queue.add(name, data, { ...BASE_JOB_OPTIONS, ...opts }),
      ENQUEUE_TIMEOUT_MS,
      `enqueue ${name}`,
    );
  }
}
