import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { PubsubNotificationEntity } from '../entities/pubsub-notification.entity.js';
import { PreparedStatements } from './prepared-statements.js';

export interface NewNotification {
  pubsubMessageId: string;
  mailboxId: string | null;
  emailAddress: string;
  historyId: string;
  publishedAt: Date | null;
}

@Injectable()
export class NotificationRepository {
  private readonly sql: PreparedStatements;

  constructor(
    @InjectRepository(PubsubNotificationEntity)
    private readonly repo: Repository<PubsubNotificationEntity>,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.sql = new PreparedStatements(dataSource);
  }

  /**
   * Stores several pushes in one statement (one round trip, one commit); returns the Pub/Sub
   * message ids that were new. Redeliveries, also within the same batch, are skipped.
   */
  async insertManyIfNew(rows: NewNotification[]): Promise<Set<string>> {
    if (!rows.length) return new Set();
    // Columns as arrays (unnest): one statement text for any batch size, so it can be prepared.
    const inserted = await this.sql.query<{ pubsub_message_id: string }>(
      'notifications_insert_many',
      `INSERT INTO pubsub_notifications (pubsub_message_id, mailbox_id, email_address, history_id, published_at)
       SELECT * FROM unnest($1::varchar[], $2::uuid[], $3::varchar[], $4::numeric[], $5::timestamptz[])
       ON CONFLICT (pubsub_message_id) DO NOTHING RETURNING pubsub_message_id`,
      [
        rows.map((n) => n.pubsubMessageId),
        rows.map((n) => n.mailboxId),
        rows.map((n) => n.emailAddress),
        rows.map((n) => n.historyId),
        rows.map((n) => n.publishedAt),
      ],
    );
    return new Set(inserted.map((r) => r.pubsub_message_id));
  }

  /** Marks every stored push of a mailbox up to a history id as covered by a finished sync. */
  async markProcessed(mailboxId: string, upToHistoryId: string): Promise<void> {
    // Every sync runs it: a prepared statement (see PreparedStatements).
    await this.sql.query(
      'notifications_processed',
      'UPDATE pubsub_notifications SET processed_at = now() WHERE mailbox_id = $1 AND processed_at IS NULL AND history_id <= $2::numeric',
      [mailboxId, upToHistoryId],
    );
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
