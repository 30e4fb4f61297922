import type { INestApplicationContext } from '@nestjs/common';
import { TokenCipher } from '../../src/modules/mailbox-credentials/token-cipher.service.js';
import { MailboxEntity } from '../../src/modules/persistence/entities/mailbox.entity.js';
import { MailboxRepository } from '../../src/modules/persistence/repositories/mailbox.repository.js';

/** Connects a mailbox directly in the database, as `npm run gmail:connect` would. */
export async function seedMailbox(
  app: INestApplicationContext,
  emailAddress: string,
  opts: { refreshToken?: string; historyId?: string | null } = {},
): Promise<MailboxEntity> {
  const mailboxes = app.get(MailboxRepository);
  const cipher = app.get(TokenCipher);
  const mailbox = await mailboxes.upsertConnected({
    emailAddress,
    seal: (mailboxId) => cipher.encrypt(opts.refreshToken ?? 'refresh-token-for-tests', mailboxId),
  });
  if (opts.historyId !== null) await mailboxes.resetHistoryId(mailbox.id, opts.historyId ?? '100');
  return (await mailboxes.findById(mailbox.id))!;
}

let counter = 0;
/** A unique mailbox address per call, so tests sharing the run's database never collide. */
export function uniqueAddress(prefix = 'user'): string {
  counter++;
  return `${prefix}.${Date.now().toString(36)}${counter}@example.com`;
}
