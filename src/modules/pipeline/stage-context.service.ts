import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../core/config/app-config';
import { GmailCredentials } from '../gmail/gmail-client.port';
import { MailboxCredentialsService } from '../ingestion/mailbox-credentials.service';
import { EmailEntity } from '../persistence/entities/email.entity';
import { MailboxEntity } from '../persistence/entities/mailbox.entity';
import { ProcessingTaskEntity } from '../persistence/entities/processing-task.entity';
import { EmailRepository } from '../persistence/repositories/email.repository';
import { MailboxRepository } from '../persistence/repositories/mailbox.repository';
import { TaskRepository } from '../persistence/repositories/task.repository';

export interface StageContext {
  task: ProcessingTaskEntity;
  email: EmailEntity;
  mailbox: MailboxEntity;
  creds: GmailCredentials;
}

export type LoadResult =
  | { kind: 'ready'; ctx: StageContext }
  /** The task already reached a final state (a duplicate or stale job): do nothing. */
  | { kind: 'finished' }
  /** The mailbox is paused or needs re-auth: leave the task pending; it resumes later. */
  | { kind: 'parked' };

/** Loads what every stage needs and decides whether the stage should run at all. */
@Injectable()
export class StageContextService {
  constructor(
    private readonly config: AppConfig,
    private readonly tasks: TaskRepository,
    private readonly emails: EmailRepository,
    private readonly mailboxes: MailboxRepository,
    private readonly credentials: MailboxCredentialsService,
  ) {}

  async load(taskId: string): Promise<LoadResult> {
    const task = await this.tasks.findById(taskId);
    if (!task || !['pending', 'processing'].includes(task.status)) return { kind: 'finished' };
    const email = task.email ?? (await this.emails.findById(task.emailId));
    if (!email) return { kind: 'finished' };
    const mailbox = await this.mailboxes.findById(email.mailboxId);
    if (!mailbox) return { kind: 'finished' };
    if (mailbox.status !== 'active') return { kind: 'parked' };
    const creds = await this.credentials.forMailbox(mailbox);
    return { kind: 'ready', ctx: { task, email, mailbox, creds } };
  }

  isVip(sender: string | null | undefined): boolean {
    return isVipSender(this.config.VIP_SENDERS, sender);
  }
}

/** VIP_SENDERS entries are addresses or `@domain`s; `sender` may be "Name <addr>" or a bare address. */
export function isVipSender(list: string | undefined, sender: string | null | undefined): boolean {
  if (!sender || !list) return false;
  const address = (/<([^>]+)>/.exec(sender)?.[1] ?? sender).trim().toLowerCase();
  return list
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean)
    .some((entry) => (entry.startsWith('@') ? address.endsWith(entry) : address === entry));
}
