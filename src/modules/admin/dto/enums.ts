import type { MailboxStatus } from '../../persistence/entities/mailbox.entity.js';

// Runtime list of the entity union, for validation and the OpenAPI enums.
export const MAILBOX_STATUSES: readonly MailboxStatus[] = [
  'active',
  'paused',
  'needs_reauth',
  'disconnected',
];
