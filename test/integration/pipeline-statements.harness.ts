import type { INestApplicationContext } from '@nestjs/common';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, vi } from 'vitest';
import { AiResponseRepository } from '../../src/modules/persistence/repositories/ai-response.repository.js';
import { EmailRepository } from '../../src/modules/persistence/repositories/email.repository.js';
import { MailboxRepository } from '../../src/modules/persistence/repositories/mailbox.repository.js';
import { StageClaimRepository } from '../../src/modules/persistence/repositories/stage-claim.repository.js';
import { StageStateRepository } from '../../src/modules/persistence/repositories/stage-state.repository.js';
import { TaskRepository } from '../../src/modules/persistence/repositories/task.repository.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';

/**
 * The pipeline's Kysely statements against the real schema: the guarantees the pipeline relies
 * on (live-only transitions, one task per new email, atomic transitions, rows with the types
 * TypeORM reads). Call inside a test file's describe: starts an api app for the file and gives
 * its repositories once it runs.
 */
/** Makes the message ids of the tasks a file seeds unique. */
let seq = 0;

export function usePipelineStatements() {
  let t: TestApp | undefined;
  const rig = {
    get app(): INestApplicationContext {
      if (!t) throw new Error('the app starts in beforeAll');
      return t.app;
    },
    get state() {
      return rig.app.get(StageStateRepository);
    },
    get claims() {
      return rig.app.get(StageClaimRepository);
    },
    get emails() {
      return rig.app.get(EmailRepository);
    },
    get tasks() {
      return rig.app.get(TaskRepository);
    },
    get responses() {
      return rig.app.get(AiResponseRepository);
    },
    get mailboxes() {
      return rig.app.get(MailboxRepository);
    },
    get db() {
      return rig.app.get(DataSource);
    },
    /** A mailbox (active or paused) with one new email and its task. */
    async newTask(opts: { mailboxStatus?: 'active' | 'paused' } = {}) {
      const mailbox = await seedMailbox(rig.app, uniqueAddress('stage'), {
        refreshToken: 'rt-secret',
      });
      if (opts.mailboxStatus === 'paused') {
        await rig.mailboxes.setStatus(mailbox.id, 'paused', 'test');
      }
      const recorded = await rig.emails.recordNew({
        mailboxId: mailbox.id,
        messageId: `msg-${Date.now()}-${++seq}`,
        threadId: 'thread-1',
      });
      return { mailbox, email: recorded.email, task: recorded.task! };
    },
  };
  beforeAll(async () => {
    t = await startApp({ APP_ROLE: 'api' });
  });
  afterAll(async () => t?.close());
  return rig;
}

/** `run`'s result and the statements it sent (a transaction's BEGIN and COMMIT included). */
export async function counted<T>(
  run: () => Promise<T>,
): Promise<{ result: T; statements: number }> {
  const query = vi.spyOn(pg.Client.prototype, 'query');
  try {
    const result = await run();
    return { result, statements: query.mock.calls.length };
  } finally {
    query.mockRestore();
  }
}
