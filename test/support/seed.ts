import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { FailedTaskEntity } from '../../src/modules/persistence/entities/failed-task.entity.js';
import { EmailRepository } from '../../src/modules/persistence/repositories/email.repository.js';
import { FailedTaskRepository } from '../../src/modules/persistence/repositories/failed-task.repository.js';
import { TaskRepository } from '../../src/modules/persistence/repositories/task.repository.js';
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

/** An email whose task failed at classify, with its dead letter (as DeadLetterService leaves them). */
export async function seedDeadLetter(
  app: INestApplicationContext,
  mailboxId: string,
): Promise<FailedTaskEntity> {
  const { email, task } = await app
    .get(EmailRepository)
    .recordNew({ mailboxId, messageId: randomBytes(8).toString('hex'), threadId: null });
  await app
    .get(TaskRepository)
    .update(task!.id, { status: 'failed', errorMessage: 'boom', completedAt: new Date() });
  return app.get(FailedTaskRepository).record({
    emailId: email.id,
    taskId: task!.id,
    taskName: 'classify',
    errorCode: 'LLM_INVALID_OUTPUT',
    errorMessage: 'boom',
    stackTrace: null,
    rawOutput: null,
    retryCount: 5,
  });
}
