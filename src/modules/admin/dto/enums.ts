import type { TaskStage, TaskStatus } from '../../persistence/entities/processing-task.entity.js';
import type { MailboxStatus } from '../../persistence/entities/mailbox.entity.js';

// Runtime lists of the entity unions, for validation and the OpenAPI enums.
export const TASK_STATUSES: readonly TaskStatus[] = [
  'pending',
  'processing',
  'completed',
  'failed',
  'skipped',
];
export const TASK_STAGES: readonly TaskStage[] = [
  'queued',
  'classifying',
  'classified',
  'generating',
  'reply_generated',
  'drafting',
  'draft_created',
];
export const MAILBOX_STATUSES: readonly MailboxStatus[] = [
  'active',
  'paused',
  'needs_reauth',
  'disconnected',
];
