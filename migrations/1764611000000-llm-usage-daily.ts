import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The per-mailbox daily LLM budget's counter (DAILY_LLM_CALL_CAP, DAILY_LLM_TOKEN_CAP): one row
 * per mailbox and UTC day, bumped atomically before each pipeline LLM call. The primary key is
 * the only index the budget check needs. A new, empty table: no lock on existing data.
 */
export class LlmUsageDaily1764611000000 implements MigrationInterface {
  name = 'LlmUsageDaily1764611000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "llm_usage_daily" ("mailbox_id" uuid NOT NULL, "day" date NOT NULL, "calls" integer NOT NULL DEFAULT '0', "tokens" bigint NOT NULL DEFAULT '0', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e239b777f62dd4a99565532a4cc" PRIMARY KEY ("mailbox_id", "day"))`,
    );
    await q.query(
      'ALTER TABLE "llm_usage_daily" ADD CONSTRAINT "FK_a110cc33bfe2f309335251ca490" FOREIGN KEY ("mailbox_id") REFERENCES "mailboxes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "llm_usage_daily" DROP CONSTRAINT "FK_a110cc33bfe2f309335251ca490"');
    await q.query('DROP TABLE "llm_usage_daily"');
  }
}
