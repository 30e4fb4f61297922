import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The shared classification cache (identical bulk mail classified once across mailboxes: the
 * verdict and a sha256 of the content, no text) and the per-task count of prompt tokens read
 * from the provider's prompt cache. A new, empty table and a column with a constant default
 * (metadata only since PostgreSQL 11): no rewrite or long lock on existing data.
 */
export class ClassificationCache1765321000000 implements MigrationInterface {
  name = 'ClassificationCache1765321000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "classification_cache" ("content_hash" bytea NOT NULL, "category" character varying(50) NOT NULL, "confidence" double precision NOT NULL, "model_used" character varying(100) NOT NULL, "hits" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e83249990454aa0c51c341182b9" PRIMARY KEY ("content_hash"))`,
    );
    await q.query(
      'CREATE INDEX "idx_classification_cache_expires" ON "classification_cache" ("expires_at") ',
    );
    await q.query(
      `ALTER TABLE "ai_responses" ADD "cached_prompt_tokens" integer NOT NULL DEFAULT '0'`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "ai_responses" DROP COLUMN "cached_prompt_tokens"');
    await q.query('DROP INDEX "public"."idx_classification_cache_expires"');
    await q.query('DROP TABLE "classification_cache"');
  }
}
