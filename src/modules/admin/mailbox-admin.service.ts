import { Injectable, Logger } from '@nestjs/common';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { JobQueueService } from '../../core/queue/job-queue.service.js';
import { QueueName } from '../../core/queue/queue.constants.js';
import { WatchService } from '../ingestion/watch.service.js';
import type { MailboxEntity } from '../persistence/entities/mailbox.entity.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { BackfillResultDto, MailboxDto } from './dto/mailbox.dto.js';

/**
 * Mailbox steering. Pausing only flips the status: the pipeline parks a paused mailbox's
 * tasks (they stay pending) and schedulers skip it; after a resume the reconciler picks the
 * parked tasks up again and a sync catches up on mail that arrived meanwhile.
 */
@Injectable()
export class MailboxAdminService {
  private readonly logger = new Logger(MailboxAdminService.name);

  constructor(
    private readonly mailboxes: MailboxRepository,
    private readonly watch: WatchService,
    private readonly jobs: JobQueueService,
  ) {}

  /** Every mailbox for an API key; a console owner's own only. */
  async list(principal: AdminPrincipal): Promise<MailboxDto[]> {
    const rows = principal.userId
      ? await this.mailboxes.listOwnedBy(principal.userId)
      : await this.mailboxes.list();
    return rows.map((m) => MailboxDto.from(m));
  }

  async renewWatch(id: string, principal: AdminPrincipal): Promise<MailboxDto> {
    const mailbox = await this.get(id);
    this.requireStatus(mailbox, ['active'], 'renew its watch');
    let expiry: Date | null;
    try {
      expiry = await this.watch.renew(id);
    } catch (error) {
      throw asUpstreamError(error, id);
    }
    if (!expiry) {
      throw new AppError(
        'PUSH_NOT_CONFIGURED',
        'GMAIL_PUBSUB_TOPIC is not set: there is no watch to renew',
        {
          status: 409,
          details: { mailbox_id: id },
        },
      );
    }
    this.logger.log({ mailboxId: id, keyId: principal.keyId, expiry }, 'watch renewed by admin');
    return MailboxDto.from(await this.get(id));
  }

  async pause(id: string, principal: AdminPrincipal): Promise<MailboxDto> {
    const mailbox = await this.get(id);
    if (mailbox.status === 'paused') return MailboxDto.from(mailbox);
    this.requireStatus(mailbox, ['active'], 'pause it');
    await this.mailboxes.setStatus(id, 'paused', 'paused by operator');
    this.logger.log({ mailboxId: id, keyId: principal.keyId }, 'mailbox paused');
    return MailboxDto.from(await this.get(id));
  }

  async resume(id: string, principal: AdminPrincipal, correlationId: string): Promise<MailboxDto> {
    const mailbox = await this.get(id);
    if (mailbox.status === 'active') return MailboxDto.from(mailbox);
    // needs_reauth / disconnected need a new OAuth grant, not a resume.
    this.requireStatus(mailbox, ['paused'], 'resume it');
    await this.mailboxes.setStatus(id, 'active', null);
    await this.jobs.enqueueSync({ mailboxId: id, correlationId }, `resume_${Date.now()}`);
    this.logger.log({ mailboxId: id, keyId: principal.keyId }, 'mailbox resumed');
    return MailboxDto.from(await this.get(id));
  }

  async backfill(
    id: string,
    days: number,
    principal: AdminPrincipal,
    correlationId: string,
  ): Promise<BackfillResultDto> {
    const mailbox = await this.get(id);
    this.requireStatus(mailbox, ['active'], 'backfill it');
    const jobId = await this.jobs.enqueueBackfill({ mailboxId: id, days, correlationId });
    this.logger.log({ mailboxId: id, days, jobId, keyId: principal.keyId }, 'backfill enqueued');
    return {
      job_id: jobId,
      mailbox_id: id,
      days,
      queue: QueueName.Batch,
      correlation_id: correlationId,
    };
  }

  private async get(id: string): Promise<MailboxEntity> {
    const mailbox = await this.mailboxes.findById(id);
    if (!mailbox)
      throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown mailbox', { status: 404, details: { id } });
    return mailbox;
  }

  private requireStatus(
    mailbox: MailboxEntity,
    allowed: MailboxEntity['status'][],
    action: string,
  ): void {
    if (allowed.includes(mailbox.status)) return;
    throw new AppError('INVALID_MAILBOX_STATE', `Mailbox is ${mailbox.status}: cannot ${action}`, {
      status: 409,
      details: { mailbox_id: mailbox.id, status: mailbox.status, allowed },
    });
  }
}

/**
 * Gmail's own status must not leak as ours: its 401 (grant revoked) would read as "your API
 * key is wrong". Transient failures become 503, a revoked grant 409, anything else 502.
 */
function asUpstreamError(error: unknown, mailboxId: string): unknown {
  if (!(error instanceof AppError) || !error.code.startsWith('GMAIL_')) return error;
  const status = error.code === ErrorCodes.GMAIL_AUTH_REVOKED ? 409 : error.retryable ? 503 : 502;
  return new AppError(error.code, error.message, {
    status,
    details: { mailbox_id: mailboxId },
    cause: error,
  });
}
