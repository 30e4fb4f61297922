import type { MailboxEntity } from '../persistence/entities/mailbox.entity.js';
import type { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A mailbox named by id or by email address; null when there is no such mailbox. */
export async function findMailbox(
  mailboxes: MailboxRepository,
  ref: string,
): Promise<MailboxEntity | null> {
  if (isUuid(ref)) return mailboxes.findById(ref);
  if (ref.includes('@')) return mailboxes.findByEmail(ref);
  return null;
}
