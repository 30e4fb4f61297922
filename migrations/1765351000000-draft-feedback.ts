import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Draft outcome feedback: what became of each AI draft (sent as written, sent edited, replaced
 * by the owner's own reply, deleted, still pending), and each mailbox's next sweep of its
 * drafts, spread over the sweep period like the other fleet schedules; and the provider that
 * wrote each reply (a label of the outcome metrics). A new, empty table and nullable columns
 * without a default: no rewrite of existing data.
 */
export class DraftFeedback1765351000000 implements MigrationInterface {
  name = 'DraftFeedback1765351000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "draft_feedback" ("ai_response_id" integer NOT NULL, "mailbox_id" uuid NOT NULL, "outcome" character varying(20) NOT NULL, "similarity" double precision, "sent_message_id" character varying(255), "observed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_draft_feedback" PRIMARY KEY ("ai_response_id"))`,
    );
    await q.query('ALTER TABLE "ai_responses" ADD "reply_provider" character varying(50)');
    await q.query('ALTER TABLE "mailboxes" ADD "feedback_due_at" TIMESTAMP WITH TIME ZONE');
    await q.query(
      'CREATE INDEX "idx_mailboxes_feedback_due" ON "mailboxes" ("status", "feedback_due_at") ',
    );
    await q.query(
      'ALTER TABLE "draft_feedback" ADD CONSTRAINT "FK_draft_feedback_response" FOREIGN KEY ("ai_response_id") REFERENCES "ai_responses"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "draft_feedback" ADD CONSTRAINT "FK_draft_feedback_mailbox" FOREIGN KEY ("mailbox_id") REFERENCES "mailboxes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "draft_feedback" DROP CONSTRAINT "FK_draft_feedback_mailbox"');
    await q.query('ALTER TABLE "draft_feedback" DROP CONSTRAINT "FK_draft_feedback_response"');
    await q.query('DROP INDEX "public"."idx_mailboxes_feedback_due"');
    await q.query('ALTER TABLE "mailboxes" DROP COLUMN "feedback_due_at"');
    await q.query('ALTER TABLE "ai_responses" DROP COLUMN "reply_provider"');
    await q.query('DROP TABLE "draft_feedback"');
  }
}
