import { InitialSchema1764100000000 } from './1764100000000-initial-schema.js';
import { CoordinationLeases1764300000000 } from './1764300000000-coordination-leases.js';
import { AiResponsesMailboxReplies1764400000000 } from './1764400000000-ai-responses-mailbox-replies.js';
import { LlmUsageDaily1764611000000 } from './1764611000000-llm-usage-daily.js';
import { MailboxSchedule1765100000000 } from './1765100000000-mailbox-schedule.js';
import { MailboxSettingsLabels1765250000000 } from './1765250000000-mailbox-settings-labels.js';
import { OAuthConsents1765300000000 } from './1765300000000-oauth-consents.js';
import { ClassificationCache1765321000000 } from './1765321000000-classification-cache.js';
import { LlmBatches1765322000000 } from './1765322000000-llm-batches.js';
import { KnowledgeNotes1765340000000 } from './1765340000000-knowledge-notes.js';
import { DraftFeedback1765351000000 } from './1765351000000-draft-feedback.js';
import { OwnerAccounts1765360000000 } from './1765360000000-owner-accounts.js';

// Every migration, in order. Add new ones here (timestamp-named files).
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for migration classes
export const MIGRATIONS: Function[] = [
  InitialSchema1764100000000,
  CoordinationLeases1764300000000,
  AiResponsesMailboxReplies1764400000000,
  LlmUsageDaily1764611000000,
  MailboxSchedule1765100000000,
  MailboxSettingsLabels1765250000000,
  OAuthConsents1765300000000,
  ClassificationCache1765321000000,
  LlmBatches1765322000000,
  KnowledgeNotes1765340000000,
  DraftFeedback1765351000000,
  OwnerAccounts1765360000000,
];
