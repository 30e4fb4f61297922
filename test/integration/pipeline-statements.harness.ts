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

/** Makes the message ids of the tasks a file seeds unique. */
let seq = 0;

/**
 * The pipeline's Kysely statements against the real schema: the guarantees the pipeline relies
 * on (live-only transitions, one task per new email, atomic transitions, rows with the types
 * TypeORM reads). Call inside a test file's describe: starts an api app for the file and gives
 * its repositories once it runs.
 */
export function usePipelineStatements() {
  let t: TestApp | undefined;
  // Filled in by beforeAll: the tests only read it inside their bodies.
  const rig = {} as {
    app: INestApplicationContext;
    state: StageStateRepository;
    claims: StageClaimRepository;
    emails: EmailRepository;
    tasks: TaskRepository;
    responses: AiResponseRepository;
    mailboxes: MailboxRepository;
    db: DataSource;
    newTask: typeof newTask;
  };
  /** A mailbox (active or paused) with one new email and its task. */
  async function newTask(opts: { mailboxStatus?: 'active' | 'paused' } = {}) {
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
  }
  beforeAll(async () => {
    t = await startApp({ APP_ROLE: 'api' });
    const app = t.app;
    Object.assign(rig, {
      app,
      state: app.get(StageStateRepository),
      claims: app.get(StageClaimRepository),
      emails: app.get(EmailRepository),
      tasks: app.get(TaskRepository),
      responses: app.get(AiResponseRepository),
      mailboxes: app.get(MailboxRepository),
      db: app.get(DataSource),
      newTask,
    });
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
