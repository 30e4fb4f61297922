/** Queue names from the design: default (classify, generate), priority (draft), batch (bulk). */
export enum QueueName {
  Default = 'default',
  Priority = 'priority',
  Batch = 'batch',
  /** Mailbox history syncs: kept apart so a slow LLM backlog never delays ingestion. */
  Sync = 'sync',
}

export enum JobName {
  SyncMailbox = 'sync-mailbox',
  Classify = 'classify',
  Generate = 'generate',
  Draft = 'draft',
  Backfill = 'backfill',
}

export interface SyncMailboxPayload {
  mailboxId: string;
  /** History id from the push that caused this sync; absent for scheduled syncs. */
  historyId?: string;
  correlationId: string;
  /** Outages this job waited out so far (job-failure.ts, waitOutOutage). */
  outageWaits?: number;
  /** Fresh jobs this sync's chain got after BullMQ failed one for stalling (job-failure.ts). */
  stallRecoveries?: number;
}

export interface StagePayload {
  taskId: string;
  correlationId: string;
  /** Outages this job waited out so far (job-failure.ts, waitOutOutage). */
  outageWaits?: number;
  /** Fresh jobs this task's chain got after BullMQ failed one for stalling (job-failure.ts). */
  stallRecoveries?: number;
  /**
   * Non-urgent mail (recorded by a backfill): its classification may wait for a cheaper Batch
   * API answer (OPENAI_BATCH_ENABLED). Only the classify job that the recording enqueued
   * carries it; a job re-created later (reconciler, dead letter) classifies live.
   */
  deferrable?: true;
}

export interface BackfillPayload {
  mailboxId: string;
  days: number;
  correlationId: string;
}

export const ALL_QUEUES: QueueName[] = [
  QueueName.Sync,
  QueueName.Default,
  QueueName.Priority,
  QueueName.Batch,
];
