import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, Repository } from 'typeorm';
import { EmailEntity } from '../entities/email.entity.js';
import { ProcessingTaskEntity } from '../entities/processing-task.entity.js';
import { PreparedStatements } from './prepared-statements.js';
import { RowMapper } from './row-mapper.js';
import { sqlLiteral } from '../../task-lifecycle/task-state.js';

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
  private readonly emailRow: RowMapper<EmailEntity>;
  private readonly taskRow: RowMapper<ProcessingTaskEntity>;
  private readonly recordSql: string;
  private readonly recordBatchSql: string;
  private readonly sql: PreparedStatements;

  constructor(
    @InjectRepository(EmailEntity) private readonly repo: Repository<EmailEntity>,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.sql = new PreparedStatements(dataSource);
    this.emailRow = new RowMapper(dataSource, EmailEntity, 'e');
    this.taskRow = new RowMapper(dataSource, ProcessingTaskEntity, 't');
    this.recordSql = `
      WITH e AS (
        INSERT INTO emails (mailbox_id, message_id, thread_id, sender, subject, received_at)
        VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT DO NOTHING
        RETURNING *
      ), t AS (
        INSERT INTO processing_tasks (email_id, status, stage, correlation_id, priority)
        SELECT id, ${sqlLiteral('pending')}, ${sqlLiteral('queued')}, $7, $8 FROM e
        RETURNING *
      )
      SELECT ${this.emailRow.select()}, ${this.taskRow.select()} FROM e JOIN t ON t.email_id = e.id`;
    // The same for a page of a mailbox's history at once (message id, thread id and the new
    // task's correlation id per message, as arrays).
    this.recordBatchSql = `
      WITH input AS (
        SELECT * FROM unnest($2::varchar[], $3::varchar[], $4::uuid[]) AS i(message_id, thread_id, correlation_id)
      ), e AS (
        INSERT INTO emails (mailbox_id, message_id, thread_id)
        SELECT $1, message_id, thread_id FROM input ORDER BY message_id
        ON CONFLICT DO NOTHING
        RETURNING *
      ), t AS (
        INSERT INTO processing_tasks (email_id, status, stage, correlation_id, priority)
        SELECT e.id, ${sqlLiteral('pending')}, ${sqlLiteral('queued')}, input.correlation_id, false
          FROM e JOIN input ON input.message_id = e.message_id
        RETURNING *
      )
      SELECT ${this.emailRow.select()}, ${this.taskRow.select()} FROM e JOIN t ON t.email_id = e.id`;
  }

  findById(id: number): Promise<EmailEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByMessageId(messageId: string): Promise<EmailEntity | null> {
    return this.repo.findOneBy({ messageId });
  }

  /**
   * Records a Gmail message once (unique message_id) together with its first processing task,
   * in one statement: either both exist or neither, so a crash between them cannot leave an
   * email that nothing will ever process.
   */
  async recordNew(input: NewEmail, opts: { priority?: boolean } = {}): Promise<RecordedEmail> {
    // One round trip instead of five (START, INSERT, SELECT, INSERT, COMMIT): sync is hot.
    const rows = await this.sql.query('email_record_new', this.recordSql, [
      input.mailboxId,
      input.messageId,
      input.threadId,
      input.sender?.slice(0, 255) ?? null,
      input.subject ?? null,
      input.receivedAt ?? null,
      randomUUID(),
      opts.priority ?? false,
    ]);
    if (rows.length === 0) {
      const existing = await this.repo.findOneByOrFail({ messageId: input.messageId });
      return { email: existing, task: null };
    }
    return { email: this.emailRow.map(rows[0]) as EmailEntity, task: this.taskRow.map(rows[0]) };
  }

  /**
   * recordNew for several messages of one mailbox in one statement (a sync's page of history):
   * each new message with its first task, and the ids of those already recorded. The same
   * guarantees: a message is recorded once (concurrent syncs included), with its task.
   */
  async recordNewBatch(
    mailboxId: string,
    messages: { messageId: string; threadId: string | null }[],
  ): Promise<{ recorded: { email: EmailEntity; task: ProcessingTaskEntity }[]; known: string[] }> {
    // In one key order for every caller: a statement inserting many keys holds the ones it has
    // while it waits on another transaction's uncommitted duplicate, so two syncs (or a sync and a
    // backfill, which lists newest first) inserting overlapping pages in opposite orders could
    // deadlock. Sorted here and in the INSERT's SELECT, they queue instead.
    const unique = [...new Map(messages.map((m) => [m.messageId, m])).values()].sort((a, b) =>
      a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0,
    );
    if (unique.length === 0) return { recorded: [], known: [] };
    const rows = await this.sql.query('email_record_new_batch', this.recordBatchSql, [
      mailboxId,
      unique.map((m) => m.messageId),
      unique.map((m) => m.threadId),
      unique.map(() => randomUUID()),
    ]);
    const recorded = rows.map((row) => ({
      email: this.emailRow.map(row) as EmailEntity,
      task: this.taskRow.map(row) as ProcessingTaskEntity,
    }));
    const created = new Set(recorded.map((r) => r.email.messageId));
    return { recorded, known: unique.map((m) => m.messageId).filter((id) => !created.has(id)) };
  }

  /** Fills in what only the fetched message tells (sender, subject, date). */
  async updateDetails(
    id: number,
    details: {
      sender: string | null;
      subject: string | null;
      receivedAt: Date | null;
      threadId: string | null;
    },
  ): Promise<void> {
    await this.sql.query(
      'email_details',
      'UPDATE emails SET sender = $2, subject = $3, received_at = $4, thread_id = $5 WHERE id = $1',
      [
        id,
        details.sender?.slice(0, 255) ?? null,
        details.subject,
        details.receivedAt,
        details.threadId,
      ],
    );
  }

  async markProcessed(id: number, processed: boolean): Promise<void> {
    await this.repo.update({ id }, { processed });
  }
}
