import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Classification through the OpenAI Batch API (OPENAI_BATCH_ENABLED): submissions and the
 * per-task requests they carry. New, empty tables: no lock on existing data.
 */
export class LlmBatches1765322000000 implements MigrationInterface {
  name = 'LlmBatches1765322000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "llm_batches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "provider_batch_id" character varying(100), "state" character varying(20) NOT NULL DEFAULT 'submitting', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e1f94536b75b374cb657a951f1e" PRIMARY KEY ("id"))`,
    );
    await q.query('CREATE INDEX "idx_llm_batches_state" ON "llm_batches" ("state") ');
    await q.query(
      `CREATE TABLE "llm_batch_requests" ("task_id" uuid NOT NULL, "state" character varying(20) NOT NULL DEFAULT 'pending', "batch_id" uuid, "body" text, "result" text, "error" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_499e3f873fa7974c3d09607c786" PRIMARY KEY ("task_id"))`,
    );
    await q.query(
      'CREATE INDEX "idx_llm_batch_requests_batch" ON "llm_batch_requests" ("batch_id") ',
    );
    await q.query('CREATE INDEX "idx_llm_batch_requests_state" ON "llm_batch_requests" ("state") ');
    await q.query(
      'ALTER TABLE "llm_batch_requests" ADD CONSTRAINT "FK_499e3f873fa7974c3d09607c786" FOREIGN KEY ("task_id") REFERENCES "processing_tasks"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(
      'ALTER TABLE "llm_batch_requests" ADD CONSTRAINT "FK_48644d703bdaa40928f17d2ddef" FOREIGN KEY ("batch_id") REFERENCES "llm_batches"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      'ALTER TABLE "llm_batch_requests" DROP CONSTRAINT "FK_48644d703bdaa40928f17d2ddef"',
    );
    await q.query(
      'ALTER TABLE "llm_batch_requests" DROP CONSTRAINT "FK_499e3f873fa7974c3d09607c786"',
    );
    await q.query('DROP INDEX "public"."idx_llm_batch_requests_state"');
    await q.query('DROP INDEX "public"."idx_llm_batch_requests_batch"');
    await q.query('DROP TABLE "llm_batch_requests"');
    await q.query('DROP INDEX "public"."idx_llm_batches_state"');
    await q.query('DROP TABLE "llm_batches"');
  }
}
