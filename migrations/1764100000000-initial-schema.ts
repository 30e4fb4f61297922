import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Initial schema: the design's four tables plus mailboxes and the Pub/Sub notification log. */
export class InitialSchema1764100000000 implements MigrationInterface {
  name = 'InitialSchema1764100000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      'CREATE TABLE "mailboxes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email_address" character varying(320) NOT NULL, "display_name" character varying(255), "encrypted_refresh_token" text, "status" character varying(20) NOT NULL DEFAULT \'active\', "status_reason" text, "last_history_id" numeric(20,0), "watch_expires_at" TIMESTAMP WITH TIME ZONE, "watch_renewed_at" TIMESTAMP WITH TIME ZONE, "last_synced_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_1a39eb9cfd7b7fc84035af6ead9" UNIQUE ("email_address"), CONSTRAINT "PK_1471bf7ef6d7f1279fbbdf89a1d" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE TABLE "emails" ("id" SERIAL NOT NULL, "mailbox_id" uuid NOT NULL, "message_id" character varying(255) NOT NULL, "thread_id" character varying(255), "sender" character varying(255), "subject" text, "received_at" TIMESTAMP WITH TIME ZONE, "processed" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_9e3fd119eee292b0c8bcd024277" UNIQUE ("message_id"), CONSTRAINT "PK_a54dcebef8d05dca7e839749571" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "idx_emails_received_at" ON "emails" ("received_at") ');
    await q.query(
      'CREATE INDEX "idx_emails_mailbox_thread" ON "emails" ("mailbox_id", "thread_id") ',
    );
    await q.query('CREATE INDEX "idx_emails_processed" ON "emails" ("processed") ');
    await q.query('CREATE INDEX "idx_emails_message_id" ON "emails" ("message_id") ');
    await q.query(
      'CREATE TABLE "processing_tasks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email_id" integer NOT NULL, "status" character varying(50) NOT NULL DEFAULT \'pending\', "stage" character varying(50) NOT NULL DEFAULT \'queued\', "correlation_id" uuid NOT NULL, "skip_reason" character varying(100), "error_message" text, "priority" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ee409c4b21f0a3dc9450d423aca" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE UNIQUE INDEX "uq_tasks_one_active_per_email" ON "processing_tasks" ("email_id") WHERE status IN (\'pending\', \'processing\')',
    );
    await q.query('CREATE INDEX "idx_tasks_email_id" ON "processing_tasks" ("email_id") ');
    await q.query(
      'CREATE INDEX "idx_tasks_correlation_id" ON "processing_tasks" ("correlation_id") ',
    );
    await q.query('CREATE INDEX "idx_tasks_status" ON "processing_tasks" ("status") ');
    await q.query(
      'CREATE TABLE "ai_responses" ("id" SERIAL NOT NULL, "email_id" integer NOT NULL, "task_id" uuid NOT NULL, "category" character varying(50), "confidence" double precision, "reasoning" text, "generated_reply" text, "model_used" character varying(100), "reply_model_used" character varying(100), "tokens_used" integer NOT NULL DEFAULT \'0\', "prompt_tokens" integer NOT NULL DEFAULT \'0\', "completion_tokens" integer NOT NULL DEFAULT \'0\', "cost_usd" double precision NOT NULL DEFAULT \'0\', "draft_id" character varying(255), "draft_message_id" character varying(255), "draft_marker" uuid, "draft_state" character varying(20) NOT NULL DEFAULT \'none\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_9054ce657fe8991b8e1ac52d5e" UNIQUE ("task_id"), CONSTRAINT "PK_3252c57346b1206934c19513797" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "idx_ai_responses_created_at" ON "ai_responses" ("created_at") ');
    await q.query('CREATE INDEX "idx_ai_responses_email_id" ON "ai_responses" ("email_id") ');
    await q.query(
      'CREATE TABLE "failed_tasks" ("id" SERIAL NOT NULL, "email_id" integer, "task_id" uuid, "task_name" character varying(255) NOT NULL, "error_code" character varying(100), "error_message" text, "stack_trace" text, "raw_output" text, "retry_count" integer NOT NULL DEFAULT \'0\', "dlq_retries" integer NOT NULL DEFAULT \'0\', "last_retry_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resolved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a36e6012a9c3d1b8a3f5215d71d" PRIMARY KEY ("id"))',
    );
    await q.query('CREATE INDEX "idx_failed_tasks_email_id" ON "failed_tasks" ("email_id") ');
    await q.query('CREATE INDEX "idx_failed_tasks_resolved" ON "failed_tasks" ("resolved_at") ');
    await q.query(
      'CREATE TABLE "pubsub_notifications" ("id" BIGSERIAL NOT NULL, "pubsub_message_id" character varying(255) NOT NULL, "mailbox_id" uuid, "email_address" character varying(320) NOT NULL, "history_id" numeric(20,0) NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "processed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_c4989b28750a020b65683619c59" UNIQUE ("pubsub_message_id"), CONSTRAINT "PK_bae6baa8b0b7af26c7e7d3e9a86" PRIMARY KEY ("id"))',
    );
    await q.query(
      'CREATE INDEX "idx_notifications_unprocessed" ON "pubsub_notifications" ("received_at") WHERE processed_at IS NULL',
    );
    await q.query(
      'ALTER TABLE "emails" ADD CONSTRAINT "FK_9448162b246ea020a892b8af073" FOREIGN KEY ("mailbox_id") REFERENCES "mailboxes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "processing_tasks" ADD CONSTRAINT "FK_76e628c0356dab367a03ef886a7" FOREIGN KEY ("email_id") REFERENCES "emails"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ai_responses" ADD CONSTRAINT "FK_43800d1b4b1f5a5f26d4a8aadcf" FOREIGN KEY ("email_id") REFERENCES "emails"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "ai_responses" ADD CONSTRAINT "FK_9054ce657fe8991b8e1ac52d5e1" FOREIGN KEY ("task_id") REFERENCES "processing_tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "failed_tasks" ADD CONSTRAINT "FK_7339f2c870b599666eebb16f9ea" FOREIGN KEY ("email_id") REFERENCES "emails"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "failed_tasks" ADD CONSTRAINT "FK_24383517e1037a91ccb651deec3" FOREIGN KEY ("task_id") REFERENCES "processing_tasks"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "failed_tasks" DROP CONSTRAINT "FK_24383517e1037a91ccb651deec3"');
    await q.query('ALTER TABLE "failed_tasks" DROP CONSTRAINT "FK_7339f2c870b599666eebb16f9ea"');
    await q.query('ALTER TABLE "ai_responses" DROP CONSTRAINT "FK_9054ce657fe8991b8e1ac52d5e1"');
    await q.query('ALTER TABLE "ai_responses" DROP CONSTRAINT "FK_43800d1b4b1f5a5f26d4a8aadcf"');
    await q.query(
      'ALTER TABLE "processing_tasks" DROP CONSTRAINT "FK_76e628c0356dab367a03ef886a7"',
    );
    await q.query('ALTER TABLE "emails" DROP CONSTRAINT "FK_9448162b246ea020a892b8af073"');
    await q.query('DROP INDEX "public"."idx_notifications_unprocessed"');
    await q.query('DROP TABLE "pubsub_notifications"');
    await q.query('DROP INDEX "public"."idx_failed_tasks_resolved"');
    await q.query('DROP INDEX "public"."idx_failed_tasks_email_id"');
    await q.query('DROP TABLE "failed_tasks"');
    await q.query('DROP INDEX "public"."idx_ai_responses_email_id"');
    await q.query('DROP INDEX "public"."idx_ai_responses_created_at"');
    await q.query('DROP TABLE "ai_responses"');
    await q.query('DROP INDEX "public"."idx_tasks_status"');
    await q.query('DROP INDEX "public"."idx_tasks_correlation_id"');
    await q.query('DROP INDEX "public"."idx_tasks_email_id"');
    await q.query('DROP INDEX "public"."uq_tasks_one_active_per_email"');
    await q.query('DROP TABLE "processing_tasks"');
    await q.query('DROP INDEX "public"."idx_emails_message_id"');
    await q.query('DROP INDEX "public"."idx_emails_processed"');
    await q.query('DROP INDEX "public"."idx_emails_mailbox_thread"');
    await q.query('DROP INDEX "public"."idx_emails_received_at"');
    await q.query('DROP TABLE "emails"');
    await q.query('DROP TABLE "mailboxes"');
  }
}
