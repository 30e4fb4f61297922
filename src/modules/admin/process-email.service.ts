import { Injectable } from '@nestjs/common';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { JobName } from '../../core/queue/queue.constants.js';
import type { EmailEntity } from '../persistence/entities/email.entity.js';
import type { MailboxEntity } from '../persistence/entities/mailbox.entity.js';
import type { ProcessingTaskEntity } from '../persistence/entities/processing-task.entity.js';
import { AiResponseRepository } from '../persistence/repositories/ai-response.repository.js';
import { EmailRepository } from '../persistence/repositories/email.repository.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import { StageQueue } from '../task-lifecycle/stage-queue.service.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { findMailbox } from './mailbox-ref.js';
import {
  EMAIL_ID_PATTERN,
  ProcessEmailDto,
  ProcessEmailResponseDto,
  TaskStatusDto,
} from './dto/task.dto.js';

export interface ProcessOutcome {
  /** False when an already-live run was returned instead of starting one (answered 200, not 201). */
  created: boolean;
  body: ProcessEmailResponseDto;
}

function badRequest(code: string, message: string, details: Record<string, unknown>): AppError {
  return new AppError(code, message, { status: 400, details });
}

/** Manual processing trigger and task status (the design's two pipeline endpoints). */
@Injectable()
export class ProcessEmailService {
  constructor(
    private readonly emails: EmailRepository,
    private readonly mailboxes: MailboxRepository,
    private readonly tasks: TaskRepository,
    private readonly responses: AiResponseRepository,
    private readonly jobs: StageQueue,
  ) {}

  async process(input: ProcessEmailDto): Promise<ProcessOutcome> {
    if (!EMAIL_ID_PATTERN.test(input.email_id)) {
      throw badRequest(
        'INVALID_EMAIL_ID',
        'Email ID must be 6-64 characters of letters, digits, "-" or "_"',
        {
          field: 'email_id',
          provided: input.email_id.slice(0, 100),
        },
      );
    }
    const known = await this.emails.findByMessageId(input.email_id);
    if (known) return this.processKnown(known, input);

    const mailbox = await this.resolveMailbox(input.mailbox);
    // The pipeline fetches sender, subject and thread from Gmail in its first stage.
    const { email, task } = await this.emails.recordNew({
      mailboxId: mailbox.id,
      messageId: input.email_id,
      threadId: null,
    });
    // A concurrent request (or a sync) recorded it first: treat it as known.
    if (!task) return this.processKnown(email, input);
    await this.enqueueClassify(task);
    return { created: true, body: ProcessEmailResponseDto.from(task, email) };
  }

  async status(taskId: string, principal: AdminPrincipal): Promise<TaskStatusDto> {
    const task = await this.tasks.findById(taskId);
    const email = task && (task.email ?? (await this.emails.findById(task.emailId)));
    if (!task || !email) {
      throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown task', {
        status: 404,
        details: { task_id: taskId },
      });
    }
    const response = await this.responses.findByTask(task.id);
    return TaskStatusDto.from(task, email, response, principal);
  }

  private async processKnown(email: EmailEntity, input: ProcessEmailDto): Promise<ProcessOutcome> {
    if (input.mailbox) {
      const mailbox = await this.resolveMailbox(input.mailbox);
      if (mailbox.id !== email.mailboxId) {
        throw new AppError(ErrorCodes.CONFLICT, 'This email id is recorded for another mailbox', {
          status: 409,
          details: { email_id: email.messageId, mailbox: input.mailbox },
        });
      }
    }
    const live = await this.tasks.findActiveForEmail(email.id);
    if (live) return this.returnLive(live, email);

    const runs = await this.tasks.listForEmail(email.id);
    const latest = runs.at(-1);
    if ((latest || email.processed) && !input.force_reprocess) {
      throw new AppError(
        ErrorCodes.CONFLICT,
        'Email was already processed; set force_reprocess to run it again',
        {
          status: 409,
          details: {
            email_id: email.messageId,
            task_id: latest?.id ?? null,
            status: latest?.status ?? null,
          },
        },
      );
    }
    const { task, created } = await this.tasks.createRun(email.id);
    if (!created) return this.returnLive(task, email);
    await this.enqueueClassify(task);
    return { created: true, body: ProcessEmailResponseDto.from(task, email) };
  }

  private async returnLive(
    task: ProcessingTaskEntity,
    email: EmailEntity,
  ): Promise<ProcessOutcome> {
    // Its first enqueue may have been lost (Redis blip after the commit); the job id makes a
    // repeat a no-op while the job exists. Later stages are the reconciler's business.
    if (task.stage === 'queued') await this.enqueueClassify(task);
    return { created: false, body: ProcessEmailResponseDto.from(task, email) };
  }

  private async enqueueClassify(task: ProcessingTaskEntity): Promise<void> {
    await this.jobs.enqueue(JobName.Classify, {
      taskId: task.id,
      correlationId: task.correlationId,
    });
  }

  /** `mailbox` is an address or an id; omitted, the single active mailbox is meant. */
  private async resolveMailbox(ref: string | undefined): Promise<MailboxEntity> {
    if (ref === undefined) {
      const active = await this.mailboxes.listByStatus('active');
      if (active.length !== 1) {
        throw badRequest(
          'MAILBOX_REQUIRED',
          'Name the mailbox: there is not exactly one active mailbox',
          {
            field: 'mailbox',
            active_mailboxes: active.length,
          },
        );
      }
      return active[0];
    }
    const mailbox = await findMailbox(this.mailboxes, ref);
    if (!mailbox)
      throw badRequest('UNKNOWN_MAILBOX', 'No such mailbox', {
        field: 'mailbox',
        provided: ref.slice(0, 100),
      });
    if (mailbox.status === 'needs_reauth' || mailbox.status === 'disconnected') {
      throw new AppError('MAILBOX_NOT_ACTIVE', `Mailbox is ${mailbox.status}; reconnect it first`, {
        status: 409,
        details: { mailbox_id: mailbox.id, status: mailbox.status },
      });
    }
    return mailbox;
  }
}
