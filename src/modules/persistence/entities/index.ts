import { AiResponseEntity } from './ai-response.entity';
import { EmailEntity } from './email.entity';
import { FailedTaskEntity } from './failed-task.entity';
import { LlmUsageDailyEntity } from './llm-usage-daily.entity';
import { MailboxEntity } from './mailbox.entity';
import { ProcessingTaskEntity } from './processing-task.entity';
import { PubsubNotificationEntity } from './pubsub-notification.entity';

export {
  AiResponseEntity,
  EmailEntity,
  FailedTaskEntity,
  LlmUsageDailyEntity,
  MailboxEntity,
  ProcessingTaskEntity,
  PubsubNotificationEntity,
};

export const ENTITIES = [
  MailboxEntity,
  PubsubNotificationEntity,
  EmailEntity,
  ProcessingTaskEntity,
  AiResponseEntity,
  FailedTaskEntity,
  LlmUsageDailyEntity,
];
