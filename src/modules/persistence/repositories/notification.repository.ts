import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { sql } from 'kysely';
import { Repository } from 'typeorm';
import { PubsubNotificationEntity } from '../entities/pubsub-notification.entity.js';
import { type Executor, KYSELY, now } from '../database/database.js';

export interface NewNotification {
  pubsubMessageId: string;
  mailboxId: string | null;
  emailAddress: string;
  historyId: string;
  publishedAt: Date | null;
}

@Injectable()
export class NotificationRepository {
  constructor(
    @InjectRepository(PubsubNotificationEntity)
    private readonly repo: Repository<PubsubNotificationEntity>,
    @Inject(KYSELY) private readonly db: Executor,
  ) {}

  /**
   * Stores several pushes in one statement (one round trip, one commit); returns the Pub/Sub
   * message ids that were new. Redeliveries, also within the same batch, are skipped.
   */
  async insertManyIfNew(rows: NewNotification[], db: Executor = this.db): Promise<Set<string>> {
    if (!rows.length) return new Set();
    // Columns as arrays (unnest): one statement text for any batch size.
    const pushes = sql<{
      pubsubMessageId: string;
      mailboxId: string | null;
      emailAddress: string;
      historyId: string;
      publishedAt: Date | null;
    }>`unnest(
      ${rows.map((n) => n.pubsubMessageId)}::varchar[],
      ${rows.map((n) => n.mailboxId)}::uuid[],
      ${rows.map((n) => n.emailAddress)}::varchar[],
      ${rows.map((n) => n.historyId)}::numeric[],
      ${rows.map((n) => n.publishedAt)}::timestamptz[])`.as<'n'>(
      sql`n(pubsub_message_id, mailbox_id, email_address, history_id, published_at)`,
    );
    const inserted = await db
      .insertInto('pubsubNotifications')
      .columns(['pubsubMessageId', 'mailboxId', 'emailAddress', 'historyId', 'publishedAt'])
      .expression((eb) => eb.selectFrom(pushes).selectAll())
      .onConflict((oc) => oc.column('pubsubMessageId').doNothing())
      .returning('pubsubMessageId')
      .execute();
    return new Set(inserted.map((r) => r.pubsubMessageId));
  }

  /** Marks every stored push of a mailbox up to a history id as covered by a finished sync. */
  async markProcessed(
    mailboxId: string,
    upToHistoryId: string,
    db: Executor = this.db,
  ): Promise<void> {
    await pushesCovered(db, { mailboxId, upToHistoryId }).execute();
  }

  /** Mailboxes with pushes stored but not yet covered by a sync older than `olderThanMs`. */
  async mailboxesWithUnprocessed(olderThanMs: number): Promise<string[]> {
    const rows = await this.repo
      .createQueryBuilder('n')
      .select('DISTINCT n.mailbox_id', 'mailboxId')
      .where('n.processed_at IS NULL AND n.mailbox_id IS NOT NULL')
      .andWhere("n.received_at < now() - (:ms || ' milliseconds')::interval", { ms: olderThanMs })
      .getRawMany<{ mailboxId: string }>();
    return rows.map((r) => r.mailboxId);
  }

  count(): Promise<number> {
    return this.repo.count();
  }
}

/**
 * Every stored push of a mailbox up to a history id marked covered by a finished sync: a
 * statement of its own (markProcessed) or part of a sync's end (MailboxRepository.syncedTo).
 */
export function pushesCovered(
  db: Executor,
  { mailboxId, upToHistoryId }: { mailboxId: string; upToHistoryId: string },
) {
  return db
    .updateTable('pubsubNotifications')
    .set({ processedAt: now() })
    .where('mailboxId', '=', mailboxId)
    .where('processedAt', 'is', null)
    .where('historyId', '<=', sql<string>`${upToHistoryId}::numeric`);
}
