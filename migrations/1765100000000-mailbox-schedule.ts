import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each mailbox's periodic work is next due: the safety-net sync and the watch renewal.
 * Spread over their period per mailbox (ingestion's fleet schedule) instead of every mailbox at
 * the same tick. NULL: not placed yet (the scheduler gives it a random phase). Nullable columns
 * without a default: no table rewrite.
 */
export class MailboxSchedule1765100000000 implements MigrationInterface {
  name = 'MailboxSchedule1765100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "mailboxes" ADD "sync_due_at" TIMESTAMP WITH TIME ZONE');
    await q.query('ALTER TABLE "mailboxes" ADD "watch_due_at" TIMESTAMP WITH TIME ZONE');
    await q.query(
      'CREATE INDEX "idx_mailboxes_sync_due" ON "mailboxes" ("status", "sync_due_at") ',
    );
    await q.query(
      'CREATE INDEX "idx_mailboxes_watch_due" ON "mailboxes" ("status", "watch_due_at") ',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('DROP INDEX "public"."idx_mailboxes_watch_due"');
    await q.query('DROP INDEX "public"."idx_mailboxes_sync_due"');
    await q.query('ALTER TABLE "mailboxes" DROP COLUMN "watch_due_at"');
    await q.query('ALTER TABLE "mailboxes" DROP COLUMN "sync_due_at"');
  }
}
