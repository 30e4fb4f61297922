import { describe, expect, it, vi } from 'vitest';
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
  ({ id: MAILBOX_ID, emailAddress: 'me@example.com', status }) as MailboxEntity;
const email = {
  id: 7,
  mailboxId: MAILBOX_ID,
  messageId: '18f3a2b1c5d4e6f7',
  processed: false,
} as EmailEntity;
const task = {
  id: 'task-1',
  emailId: 7,
  status: 'pending',
  stage: 'queued',
  correlationId: 'corr-1',
  createdAt: new Date(0),
} as ProcessingTaskEntity;

function setup(
  opts: {
    active?: MailboxEntity[];
    byEmail?: MailboxEntity | null;
    recorded?: { email: EmailEntity; task: ProcessingTaskEntity | null };
    live?: ProcessingTaskEntity | null;
  } = {},
) {
  const emails = {
    findByMessageId: vi.fn().mockResolvedValue(null),
    recordNew: vi.fn().mockResolvedValue(opts.recorded ?? { email, task }),
  };
  const mailboxes = {
    listByStatus: vi.fn().mockResolvedValue(opts.active ?? [mailbox()]),
    findByEmail: vi.fn().mockResolvedValue(opts.byEmail ?? null),
    findById: vi.fn().mockResolvedValue(null),
  };
  const tasks = {
    findActiveForEmail: vi.fn().mockResolvedValue(opts.live ?? null),
    listForEmail: vi.fn().mockResolvedValue([]),
  };
  const jobs = { enqueue: vi.fn().mockResolvedValue(undefined) };
  const service = new ProcessEmailService(
    emails as unknown as EmailRepository,
    mailboxes as unknown as MailboxRepository,
    tasks as unknown as TaskRepository,
    {} as AiResponseRepository,
    jobs as unknown as StageQueue,
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
