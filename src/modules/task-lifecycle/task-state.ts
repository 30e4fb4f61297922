/**
 * A task's status and stage values: the one list both the entity's column types and every
 * statement or check that names a stage or status are built from.
 */
export const TASK_STATUSES = ['pending', 'processing', 'completed', 'failed', 'skipped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A task still being worked on (the partial unique index allows one per email). */
export const ACTIVE_TASK_STATUSES = ['pending', 'processing'] as const satisfies TaskStatus[];
export type ActiveTaskStatus = (typeof ACTIVE_TASK_STATUSES)[number];

/**
 * skip_reason of a pending task whose classification waits for the OpenAI Batch API: its job
 * must carry `deferrable` again when it is re-enqueued, or the stage would classify it at full
 * price while the batch answer is paid for too.
 */
export const WAITING_FOR_LLM_BATCH = 'llm_batch';

export function isActiveStatus(status: TaskStatus): status is ActiveTaskStatus {
  return (ACTIVE_TASK_STATUSES as readonly TaskStatus[]).includes(status);
}

/**
 * Stages in order (`draft_created` follows the design's API):
 * queued → classifying → classified → generating → reply_generated → drafting → draft_created.
 */
export const TASK_STAGES = [
  'queued',
  'classifying',
  'classified',
  'generating',
  'reply_generated',
  'drafting',
  'draft_created',
] as const;
export type TaskStage = (typeof TASK_STAGES)[number];
