import { createMock } from '@golevelup/ts-vitest';
import { describe, expect, it } from 'vitest';
import { aMailbox, anEmail, aTask } from '../../../test/support/builders.js';
import { AppError } from '../../core/errors/app-error.js';
import type { StageQueue } from '../task-lifecycle/stage-queue.service.js';
import type { EmailEntity } from '../persistence/entities/email.entity.js';
import type { MailboxEntity } from '../persistence/entities/mailbox.entity.js';
import type { ProcessingTaskEntity } from '../persistence/entities/processing-task.entity.js';
import type { AiResponseRepository } from '../persistence/repositories/ai-response.repository.js';
import type { EmailRepository } from '../persistence/repositories/email.repository.js';
import type { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import type { TaskRepository } from '../persistence/repositories/task.repository.js';
import { ProcessEmailService } from './process-email.service.js';

const MAILBOX_ID = '11111111-1111-4111-8111-111111111111';
const mailbox = (status: MailboxEntity['status'] = 'active') =>
  aMailbox({ id: MAILBOX_ID, emailAddress: 'me@example.com', status });
const email = anEmail({
  id: 7,
  mailboxId: MAILBOX_ID,
  messageId: '18f3a2b1c5d4e6f7',
  processed: false,
});
const task = aTask({
  id: 'task-1',
  emailId: 7,
  status: 'pending',
  stage: 'queued',
  correlationId: 'corr-1',
  createdAt: new Date(0),
});

function setup(
  opts: {
    active?: MailboxEntity[];
    byEmail?: MailboxEntity | null;
    recorded?: { email: EmailEntity; task: ProcessingTaskEntity | null };
    live?: ProcessingTaskEntity | null;
  } = {},
) {
  // Strict mocks: a repository call the test did not stub throws, as on the hand-made doubles.
  const strict = { strict: true };
  const emails = createMock<EmailRepository>({}, strict);
  emails.findByMessageId.mockResolvedValue(null);
  emails.recordNew.mockResolvedValue(opts.recorded ?? { email, task });
  const mailboxes = createMock<MailboxRepository>({}, strict);
  mailboxes.listByStatus.mockResolvedValue(opts.active ?? [mailbox()]);
  mailboxes.findByEmail.mockResolvedValue(opts.byEmail ?? null);
  mailboxes.findById.mockResolvedValue(null);
  const tasks = createMock<TaskRepository>({}, strict);
  tasks.findActiveForEmail.mockResolvedValue(opts.live ?? null);
  tasks.listForEmail.mockResolvedValue([]);
  const jobs = createMock<StageQueue>({}, strict);
  jobs.enqueue.mockResolvedValue(undefined);
  const service = new ProcessEmailService(
    emails,
    mailboxes,
    tasks,
    createMock<AiResponseRepository>({}, strict),
    jobs,
  );
  return { service, emails, jobs };
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('ProcessEmailService', () => {
  it('uses the only active mailbox when none is named', async () => {
    const { service, emails, jobs } = setup();
    const outcome = await service.process({ email_id: '18f3a2b1c5d4e6f7' });
    expect(outcome.created).toBe(true);
    expect(emails.recordNew).toHaveBeenCalledWith({
      mailboxId: MAILBOX_ID,
      messageId: '18f3a2b1c5d4e6f7',
      threadId: null,
    });
    expect(jobs.enqueue).toHaveBeenCalledWith('classify', {
      taskId: 'task-1',
      correlationId: 'corr-1',
    });
  });

  it('asks for a mailbox when none or several are active', async () => {
    for (const active of [[], [mailbox(), mailbox()]]) {
      const error = await errorOf(
        setup({ active }).service.process({ email_id: '18f3a2b1c5d4e6f7' }),
      );
      expect(error.code).toBe('MAILBOX_REQUIRED');
      expect(error.status).toBe(400);
    }
  });

  it('refuses a mailbox that needs re-authorisation', async () => {
    const error = await errorOf(
      setup({ byEmail: mailbox('needs_reauth') }).service.process({
        email_id: '18f3a2b1c5d4e6f7',
        mailbox: 'me@example.com',
      }),
    );
    expect(error).toMatchObject({ code: 'MAILBOX_NOT_ACTIVE', status: 409 });
  });

  it('returns the live run when a concurrent request recorded the email first', async () => {
    const { service, jobs } = setup({ recorded: { email, task: null }, live: task });
    const outcome = await service.process({ email_id: '18f3a2b1c5d4e6f7' });
    expect(outcome).toMatchObject({ created: false, body: { task_id: 'task-1' } });
    // Still at `queued`: its enqueue is repeated (a no-op in BullMQ if the job exists).
    expect(jobs.enqueue).toHaveBeenCalledTimes(1);
  });
});
