import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Knowledge notes: facts a mailbox's owner wants replies to use (prices, availability, links),
 * found for each reply by full-text search. The search vector is an expression GIN index
 * (title weighted above body) rather than a stored generated column: TypeORM's schema diff only
 * knows generated columns through its own metadata table, and the repository's queries spell the
 * same expression. 'simple' configuration: no stemming and no stop words of one language, since
 * a mailbox's mail comes in several (the query side drops common words itself).
 * `ai_responses.note_ids` records which notes a reply's prompt held. New table and a column with
 * a constant default: no rewrite of existing rows.
 */
export class KnowledgeNotes1765340000000 implements MigrationInterface {
  name = 'KnowledgeNotes1765340000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "knowledge_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mailbox_id" uuid NOT NULL, "title" character varying(200) NOT NULL, "body" character varying(4000) NOT NULL, "links" text array NOT NULL DEFAULT '{}', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_knowledge_notes" PRIMARY KEY ("id"))`,
    );
    await q.query(
      'CREATE INDEX "idx_knowledge_notes_mailbox" ON "knowledge_notes" ("mailbox_id", "created_at") ',
    );
    await q.query(
      `CREATE INDEX "idx_knowledge_notes_search" ON "knowledge_notes" USING GIN ((setweight(to_tsvector('simple'::regconfig, "title"), 'A') || setweight(to_tsvector('simple'::regconfig, "body"), 'B')))`,
    );
    await q.query(
      'ALTER TABLE "knowledge_notes" ADD CONSTRAINT "FK_knowledge_notes_mailbox" FOREIGN KEY ("mailbox_id") REFERENCES "mailboxes"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await q.query(`ALTER TABLE "ai_responses" ADD "note_ids" uuid array NOT NULL DEFAULT '{}'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query('ALTER TABLE "ai_responses" DROP COLUMN "note_ids"');
    await q.query('ALTER TABLE "knowledge_notes" DROP CONSTRAINT "FK_knowledge_notes_mailbox"');
    await q.query('DROP INDEX "idx_knowledge_notes_search"');
    await q.query('DROP INDEX "idx_knowledge_notes_mailbox"');
    await q.query('DROP TABLE "knowledge_notes"');
  }
}
