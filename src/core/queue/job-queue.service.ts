import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { JobsOptions, Queue } from 'bullmq';
import { withTimeout } from '../redis/redis.service.js';
import {
  BackfillPayload,
  JobName,
  QueueName,
  StagePayload,
  SyncMailboxPayload,
} from './queue.constants.js';
import { BACKOFF_STRATEGY, RETRY_POLICY } from './retry-policy.js';

export type Stage = JobName.Classify | JobName.Generate | JobName.Draft;

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
 * The one place jobs are enqueued. Job ids are deterministic (stage + task id, mailbox + history
 * id) so a duplicate enqueue of live work is a no-op in BullMQ. Finished jobs are removed:
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

  static stageJobId(stage: Stage, taskId: string): string {
    return `${stage}_${taskId}`;
  }

  /** Drafts go to `priority` (design); classify/generate to `default`, or `priority` for VIPs. */
  static queueFor(stage: Stage, vip: boolean): QueueName {
    if (stage === JobName.Draft || vip) return QueueName.Priority;
    return QueueName.Default;
  }

  /** A stage job's id (one live job per stage and task) and its policy's attempts. */
  static stageOptions(stage: Stage, taskId: string): JobsOptions {
    return {
      jobId: JobQueueService.stageJobId(stage, taskId),
      attempts: RETRY_POLICY[stage].attempts,
    };
  }

  async enqueueStage(
    stage: Stage,
    payload: StagePayload,
    opts: { vip?: boolean; delayMs?: number } = {},
  ): Promise<void> {
    const queue = this.queues()[JobQueueService.queueFor(stage, opts.vip ?? false)];
    await this.add(queue, stage, payload, {
      ...JobQueueService.stageOptions(stage, payload.taskId),
      delay: opts.delayMs,
      priority: opts.vip ? 1 : undefined,
    });
  }

  /** enqueueStage for several tasks in one Redis round trip (BullMQ addBulk), same ids and options. */
  async enqueueStages(stage: Stage, payloads: StagePayload[]): Promise<void> {
    if (!payloads.length) return;
    const queue = this.queues()[JobQueueService.queueFor(stage, false)];
    await withTimeout(
      queue.addBulk(
        payloads.map((data) => ({
          name: stage,
          data,
          opts: { ...BASE_JOB_OPTIONS, ...JobQueueService.stageOptions(stage, data.taskId) },
        })),
      ),
      ENQUEUE_TIMEOUT_MS,
      `enqueue ${payloads.length} ${stage}`,
    );
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

  /**
   * Several syncs in one Redis round trip (BullMQ addBulk pipelines the adds); the same job ids
   * and options as enqueueSync, so a live duplicate is still a no-op.
   */
  async enqueueSyncs(items: { payload: SyncMailboxPayload; dedupKey: string }[]): Promise<void> {
    if (!items.length) return;
    await withTimeout(
      this.sync.addBulk(
        items.map(({ payload, dedupKey }) => ({
          name: JobName.SyncMailbox,
          data: payload,
          opts: { ...BASE_JOB_OPTIONS, ...JobQueueService.syncOptions(payload, dedupKey) },
        })),
      ),
      ENQUEUE_TIMEOUT_MS,
      `enqueue ${items.length} ${JobName.SyncMailbox}`,
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

  /** Is a job for this stage and task waiting, delayed or running? */
  async hasLiveJob(stage: Stage, taskId: string): Promise<boolean> {
    const id = JobQueueService.stageJobId(stage, taskId);
    for (const queue of [this.defaultQueue, this.priority, this.batch]) {
      const job = await queue.getJob(id);
      if (job) {
        const state = await job.getState();
        if (state !== 'completed' && state !== 'failed' && state !== 'unknown') return true;
      }
    }
    return false;
  }

  /**
   * Is any stage job of this task waiting, delayed or running? With inline stages the job that
   * carries a task may be named after an earlier stage than the one the task shows.
   */
  async hasLiveStageJob(taskId: string): Promise<boolean> {
    for (const stage of [JobName.Classify, JobName.Generate, JobName.Draft] as const) {
      if (await this.hasLiveJob(stage, taskId)) return true;
    }
    return false;
  }

  private async add(queue: Queue, name: string, data: object, opts: JobsOptions): Promise<void> {
    await withTimeout(
      queue.add(name, data, { ...BASE_JOB_OPTIONS, ...opts }),
      ENQUEUE_TIMEOUT_MS,
      `enqueue ${name}`,
    );
  }
}
