import { AiResponseEntity } from './ai-response.entity.js';
import { ClassificationCacheEntity } from './classification-cache.entity.js';
import { DraftFeedbackEntity } from './draft-feedback.entity.js';
import { EmailEntity } from './email.entity.js';
import { EmailLabelEntity } from './email-label.entity.js';
import { FailedTaskEntity } from './failed-task.entity.js';
import { KnowledgeNoteEntity } from './knowledge-note.entity.js';
import { LlmBatchEntity, LlmBatchRequestEntity } from './llm-batch.entity.js';
import { LlmUsageDailyEntity } from './llm-usage-daily.entity.js';
import { MailboxEntity } from './mailbox.entity.js';
import { MailboxLabelEntity } from './mailbox-label.entity.js';
import { MailboxSettingsEntity } from './mailbox-settings.entity.js';
import { ProcessingTaskEntity } from './processing-task.entity.js';
import { PubsubNotificationEntity } from './pubsub-notification.entity.js';
import { UserEntity, UserLoginLinkEntity, UserSessionEntity } from './user.entity.js';

export {
  AiResponseEntity,
  ClassificationCacheEntity,
  DraftFeedbackEntity,
  EmailEntity,
  EmailLabelEntity,
  FailedTaskEntity,
  KnowledgeNoteEntity,
  LlmBatchEntity,
  LlmBatchRequestEntity,
  LlmUsageDailyEntity,
  MailboxEntity,
  MailboxLabelEntity,
  MailboxSettingsEntity,
  ProcessingTaskEntity,
  PubsubNotificationEntity,
  UserEntity,
  UserLoginLinkEntity,
  UserSessionEntity,
};

export const ENTITIES = [
  MailboxEntity,
  PubsubNotificationEntity,
  EmailEntity,
  ProcessingTaskEntity,
  AiResponseEntity,
  FailedTaskEntity,
  LlmUsageDailyEntity,
  MailboxSettingsEntity,
  MailboxLabelEntity,
  EmailLabelEntity,
  ClassificationCacheEntity,
  LlmBatchEntity,
  LlmBatchRequestEntity,
  KnowledgeNoteEntity,
  DraftFeedbackEntity,
  UserEntity,
  UserSessionEntity,
  UserLoginLinkEntity,
];
