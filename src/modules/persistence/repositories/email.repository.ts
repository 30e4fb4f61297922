import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { EmailEntity } from '../entities/email.entity';
import { ProcessingTaskEntity } from '../entities/processing-task.entity';

export interface NewEmail {
  mailboxId: string;
  messageId: string;
  threadId: string | null;
  sender?: string | null;
  subject?: string | null;
  receivedAt?: Date | null;
}

export interface RecordedEmail {
  email: EmailEntity;
  /** The task created for a newly seen message; null when the message was already known. */
  task: ProcessingTaskEntity | null;
}

@Injectable()
export class EmailRepository {
  constructor(
    @InjectRepository(EmailEntity) private readonly repo: Repository<EmailEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  findById(id: number): Promise<EmailEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByMessageId(messageId: string): Promise<EmailEntity | null> {
    return this.repo.findOneBy({ messageId });
  }

  /**
   * Records a Gmail message once (unique message_id) together with its first processing task,
   * in one transaction: either both exist or neither, so a crash between them cannot leave an
   * email that nothing will ever process.
   */
  async recordNew(input: NewEmail, opts: { priority?: boolean } = {}): Promise<RecordedEmail> {
    return this.dataSource.transaction(async (tx) => {
      const inserted = await tx
        .createQueryBuilder()
        .insert()
        .into(EmailEntity)
        .values({
          mailboxId: input.mailboxId,
          messageId: input.messageId,
          threadId: input.threadId,
          sender: input.sender?.slice(0, 255) ?? null,
          subject: input.subject ?? null,
          receivedAt: input.receivedAt ?? null,
        })
        .orIgnore()
        .returning('*')
        .execute();
      const rows = inserted.raw as { id: number }[];
      if (rows.length === 0) {
        const existing = await tx.findOneByOrFail(EmailEntity, { messageId: input.messageId });
        return { email: existing, task: null };
      }
      const email = await tx.findOneByOrFail(EmailEntity, { id: rows[0].id });
      const task = await tx.save(
        tx.create(ProcessingTaskEntity, {
          emailId: email.id,
          status: 'pending',
          stage: 'queued',
          correlationId: randomUUID(),
          priority: opts.priority ?? false,
        }),
      );
      return { email, task };
    });
  }

  /** Fills in what only the fetched message tells (sender, subject, date). */
  async updateDetails(id: number, details: { sender: string | null; subject: string | null; receivedAt: Date | null; threadId: string | null }): Promise<void> {
    await this.repo.update({ id }, { ...details, sender: details.sender?.slice(0, 255) ?? null });
  }

  async markProcessed(id: number, processed: boolean): Promise<void> {
    await this.repo.update({ id }, { processed });
  }
}
