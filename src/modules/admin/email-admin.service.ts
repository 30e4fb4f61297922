import { Injectable } from '@nestjs/common';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { AiResponseRepository } from '../persistence/repositories/ai-response.repository.js';
import { EmailRepository } from '../persistence/repositories/email.repository.js';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository.js';
import { TaskRepository } from '../persistence/repositories/task.repository.js';
import type { AdminPrincipal } from './auth/admin-role.js';
import { decodeCursor, encodeCursor } from './dto/cursor.js';
import {
  EmailDetailDto,
  EmailListItemDto,
  EmailListQueryDto,
  EmailPageDto,
} from './dto/email.dto.js';
import { DEFAULT_PAGE_SIZE } from './dto/page-query.dto.js';
import { EmailQueryRepository } from './email-query.repository.js';
import { findMailbox } from './mailbox-ref.js';

// Internal ids are int4; anything longer (all Gmail ids are 16+ hex digits) is a Gmail id.
const INTERNAL_ID = /^[1-9]\d{0,9}$/;
const INT4_MAX = 2_147_483_647;

@Injectable()
export class EmailAdminService {
  constructor(
    private readonly query: EmailQueryRepository,
    private readonly emails: EmailRepository,
    private readonly mailboxes: MailboxRepository,
    private readonly tasks: TaskRepository,
    private readonly responses: AiResponseRepository,
  ) {}

  async list(q: EmailListQueryDto, principal: AdminPrincipal): Promise<EmailPageDto> {
    const limit = q.limit ?? DEFAULT_PAGE_SIZE;
    const cursor = decodeCursor(q.cursor, ['id']);
    let mailboxId: string | undefined;
    if (q.mailbox) {
      const mailbox = await findMailbox(this.mailboxes, q.mailbox);
      // An unknown mailbox matches nothing, like any other filter value.
      if (!mailbox) return { items: [], next_cursor: null };
      mailboxId = mailbox.id;
    }
    const rows = await this.query.list({
      mailboxId,
      ownerId: principal.userId,
      category: q.category,
      status: q.status,
      draftOutcome: q.draft_outcome,
      since: q.since ? new Date(q.since) : undefined,
      until: q.until ? new Date(q.until) : undefined,
      beforeId: cursor?.id,
      // One extra row tells whether another page follows.
      limit: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((r) => EmailListItemDto.fromRow(r, principal)),
      next_cursor: rows.length > limit && last ? encodeCursor({ id: last.email.id }) : null,
    };
  }

  async detail(ref: string, principal: AdminPrincipal): Promise<EmailDetailDto> {
    const email =
      INTERNAL_ID.test(ref) && Number(ref) <= INT4_MAX
        ? await this.emails.findById(Number(ref))
        : await this.emails.findByMessageId(ref);
    if (!email)
      throw new AppError(ErrorCodes.NOT_FOUND, 'Unknown email', {
        status: 404,
        details: { id: ref },
      });
    const [tasks, responses, failed] = await Promise.all([
      this.tasks.listForEmail(email.id),
      this.responses.listForEmail(email.id),
      this.query.failedForEmail(email.id),
    ]);
    return EmailDetailDto.from(email, tasks, responses, failed, principal);
  }
}
