import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The daily draft cap counts a mailbox's replies since midnight before every reply. It joined
 * ai_responses to emails and filtered on updated_at: no index served it, so Postgres scanned
 * both tables (a cost per reply that grew with every mailbox's history). The responses now
 * carry their mailbox and the time the reply was written, indexed
 * together: the count reads at most a day's replies of one mailbox.
 *
 * Runs in one transaction (migrationsTransactionMode 'each'): the backfill, SET NOT NULL and the
 * index build hold ai_responses' write lock until it commits, for a time that grows with the
 * table. A table of many millions would want a batched backfill and
 * CREATE INDEX CONCURRENTLY (outside a transaction) instead.
 */
export class AiResponsesMailboxReplies1764400000000 implements MigrationInterface {
  name = 'AiResponsesMailboxReplies1764400000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "ai_responses" ADD "mailbox_id" uuid');
    await q.query('ALTER TABLE "ai_responses" ADD "reply_generated_at" TIMESTAMP WITH TIME ZONE');
    await q.query(
      'UPDATE "ai_responses" r SET "mailbox_id" = e."mailbox_id" FROM "emails" e WHERE e."id" = r."email_id"',
    );
    // Before this column existed, updated_at was the best record of when a reply was written.
    await q.query(
      'UPDATE "ai_responses" SET "reply_generated_at" = "updated_at" WHERE "generated_reply" IS NOT NULL',
    );
    await q.query('ALTER TABLE "ai_responses" ALTER COLUMN "mailbox_id" SET NOT NULL');
    await q.query(
      'CREATE INDEX "idx_ai_responses_mailbox_reply" ON "ai_responses" ("mailbox_id", "reply_generated_at") ',
    );
    await q.query(
      'ALTER TABLE "ai_responses" ADD CONSTRAINT "FK_536d954c6dfab76fdb7cef3816d" FOREIGN KEY ("mailbox_id") REFERENCES "mailboxes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "ai_responses" DROP CONSTRAINT "FK_536d954c6dfab76fdb7cef3816d"');
    await q.query('DROP INDEX "idx_ai_responses_mailbox_reply"');
    await q.query('ALTER TABLE "ai_responses" DROP COLUMN "reply_generated_at"');
    await q.query('ALTER TABLE "ai_responses" DROP COLUMN "mailbox_id"');
  }
}
