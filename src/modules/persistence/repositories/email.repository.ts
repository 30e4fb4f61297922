import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { EmailEntity } from '../entities/email.entity.js';
import { type EmailRow, type Executor, KYSELY, type TaskRow } from '../database/database.js';
import { CompiledStatement } from '../database/compiled-statement.js';

export interface NewEmail {
  mailboxId: string;
  messageId: string;
  threadId: string | null;
  sender?: string | null;
  subject?: string | null;
  receivedAt?: Date | null;
}

export interface RecordedEmail {
  email: EmailRow;
  /** The task created for a newly seen message; null when the message was already known. */
  task: TaskRow | null;
}

/** Senders are stored cut to the column's width. */
const MAX_SENDER = 255;

/** The new task's columns beside the email's in one result row (names apart from the email's). */
const NEW_TASK = [
  't.id as taskId',
  't.status as taskStatus',
  't.stage as taskStage',
  't.correlationId as taskCorrelationId',
  't.skipReason as taskSkipReason',
  't.errorMessage as taskErrorMessage',
  't.priority as taskPriority',
  't.createdAt as taskCreatedAt',
  't.updatedAt as taskUpdatedAt',
  't.completedAt as taskCompletedAt',
] as const;

type NewTaskColumns = { [K in keyof TaskRow as `task${Capitalize<K>}`]: TaskRow[K] };

/** A row selected with selectAll('e') and NEW_TASK, split into the email and its task. */
function recorded({
  taskId,
  taskStatus,
  taskStage,
  taskCorrelationId,
  taskSkipReason,
  taskErrorMessage,
  taskPriority,
  taskCreatedAt,
  taskUpdatedAt,
  taskCompletedAt,
  ...email
}: EmailRow & Omit<NewTaskColumns, 'taskEmailId'>): { email: EmailRow; task: TaskRow } {
  const task: TaskRow = {
    id: taskId,
    emailId: email.id,
    status: taskStatus,
    stage: taskStage,
    correlationId: taskCorrelationId,
    skipReason: taskSkipReason,
    errorMessage: taskErrorMessage,
    priority: taskPriority,
    createdAt: taskCreatedAt,
    updatedAt: taskUpdatedAt,
    completedAt: taskCompletedAt,
  };
  return { email, task };
}

/** What the classify stage learns of an email from Gmail. */
type EmailDetails = {
  sender: string | null;
  subject: string | null;
  receivedAt: Date | null;
  threadId: string | null;
};

@Injectable()
export class EmailRepository {
  // Compiled once (see CompiledStatement): it runs for every email the pipeline reads.
  private readonly detailsUpdate = new CompiledStatement((db, p: EmailDetails & { id: number }) =>
    db
      .updateTable('emails')
      .set({
        sender: p.sender,
        subject: p.subject,
        receivedAt: p.receivedAt,
        threadId: p.threadId,
      })
      .where('id', '=', p.id),
  );

  constructor(
    @InjectRepository(EmailEntity) private readonly repo: Repository<EmailEntity>,
    @Inject(KYSELY) private readonly db: Executor,
  ) {}

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
  async recordNew(
    input: NewEmail,
    opts: { priority?: boolean } = {},
    db: Executor = this.db,
  ): Promise<RecordedEmail> {
    const row = await db
      .with('e', (qb) =>
        qb
          .insertInto('emails')
          .values({
            mailboxId: input.mailboxId,
            messageId: input.messageId,
            threadId: input.threadId,
            sender: input.sender?.slice(0, MAX_SENDER) ?? null,
            subject: input.subject ?? null,
            receivedAt: input.receivedAt ?? null,
          })
          .onConflict((oc) => oc.doNothing())
          .returningAll(),
      )
      .with('t', (qb) =>
        qb
          .insertInto('processingTasks')
          .columns(['emailId', 'status', 'stage', 'correlationId', 'priority'])
          .expression((eb) =>
            eb
              .selectFrom('e')
              .select((s) => [
                'e.id',
                s.val<'pending'>('pending').as('status'),
                s.val<'queued'>('queued').as('stage'),
                s.val(randomUUID()).as('correlationId'),
                s.val(opts.priority ?? false).as('priority'),
              ]),
          )
          .returningAll(),
      )
      .selectFrom('e')
      .innerJoin('t', 't.emailId', 'e.id')
      .selectAll('e')
      .select(NEW_TASK)
      .executeTakeFirst();
    if (!row) {
      const existing = await this.repo.findOneByOrFail({ messageId: input.messageId });
      return { email: existing, task: null };
    }
    return recorded(row);
  }

  /**
   * recordNew for several messages of one mailbox in one statement (a sync's page of history):
   * each new message with its first task, and the ids of those already recorded. The same
   * guarantees: a message is recorded once (concurrent syncs included), with its task.
   */
  async recordNewBatch(
    mailboxId: string,
    messages: { messageId: string; threadId: string | null }[],
    db: Executor = this.db,
  ): Promise<{ recorded: { email: EmailRow; task: TaskRow }[]; known: string[] }> {
    // In one key order for every caller: a statement inserting many keys holds the ones it has
    // while it waits on another transaction's uncommitted duplicate, so two syncs (or a sync and a
    // backfill, which lists newest first) inserting overlapping pages in opposite orders could
    // deadlock. Sorted here and in the INSERT's SELECT, they queue instead.
    const unique = [...new Map(messages.map((m) => [m.messageId, m])).values()].sort((a, b) =>
      a.messageId < b.messageId ? -1 : a.messageId > b.messageId ? 1 : 0,
    );
    if (unique.length === 0) return { recorded: [], known: [] };
    // Columns as arrays (unnest): one statement text for any page size.
    const input = sql<{ messageId: string; threadId: string | null; correlationId: string }>`unnest(
      ${unique.map((m) => m.messageId)}::varchar[],
      ${unique.map((m) => m.threadId)}::varchar[],
      ${unique.map(() => randomUUID())}::uuid[])`.as<'i'>(
      sql`i(message_id, thread_id, correlation_id)`,
    );
    const rows = await db
      .with('input', (qb) => qb.selectFrom(input).selectAll())
      .with('e', (qb) =>
        qb
          .insertInto('emails')
          .columns(['mailboxId', 'messageId', 'threadId'])
          .expression((eb) =>
            eb
              .selectFrom('input')
              .select((s) => [s.val(mailboxId).as('mailboxId'), 'messageId', 'threadId'])
              .orderBy('messageId'),
          )
          .onConflict((oc) => oc.doNothing())
          .returningAll(),
      )
      .with('t', (qb) =>
        qb
          .insertInto('processingTasks')
          .columns(['emailId', 'status', 'stage', 'correlationId', 'priority'])
          .expression((eb) =>
            eb
              .selectFrom('e')
              .innerJoin('input', 'input.messageId', 'e.messageId')
              .select((s) => [
                'e.id',
                s.val<'pending'>('pending').as('status'),
                s.val<'queued'>('queued').as('stage'),
                'input.correlationId',
                s.val(false).as('priority'),
              ]),
          )
          .returningAll(),
      )
      .selectFrom('e')
      .innerJoin('t', 't.emailId', 'e.id')
      .selectAll('e')
      .select(NEW_TASK)
      .execute();
    const recordedNow = rows.map(recorded);
    const created = new Set(recordedNow.map((r) => r.email.messageId));
    return {
      recorded: recordedNow,
      known: unique.map((m) => m.messageId).filter((id) => !created.has(id)),
    };
  }

  /** Fills in what only the fetched message tells (sender, subject, date). */
  async updateDetails(id: number, details: EmailDetails, db: Executor = this.db): Promise<void> {
    await this.detailsUpdate.execute(db, {
      id,
      sender: details.sender?.slice(0, MAX_SENDER) ?? null,
      subject: details.subject,
      receivedAt: details.receivedAt,
      threadId: details.threadId,
    });
  }

  async markProcessed(id: number, processed: boolean): Promise<void> {
    await this.repo.update({ id }, { processed });
  }
}
