import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { type Executor, KYSELY, now } from '../database/database.js';
import { CompiledStatement } from '../database/compiled-statement.js';

/** A knowledge note as stored. */
export interface KnowledgeNoteRow {
  id: string;
  mailboxId: string;
  title: string;
  body: string;
  links: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** A note found for an email, with its full-text rank (ts_rank_cd: weighted matches). */
export interface RankedNote extends KnowledgeNoteRow {
  rank: number;
}

export interface NoteFields {
  title: string;
  body: string;
  links: string[];
}

const COLUMNS = ['id', 'mailboxId', 'title', 'body', 'links', 'createdAt', 'updatedAt'] as const;

/**
 * The search vector, spelled exactly as the migration's GIN index (idx_knowledge_notes_search)
 * so the planner can use it: the title weighs more than the body.
 */
const VECTOR = sql`(setweight(to_tsvector('simple'::regconfig, title), 'A') || setweight(to_tsvector('simple'::regconfig, body), 'B'))`;

/** knowledge_notes: a mailbox's notes, written through the admin API, searched per reply. */
@Injectable()
export class KnowledgeNoteRepository {
  // Compiled once (see CompiledStatement): it runs for every reply the pipeline writes.
  private readonly searching = new CompiledStatement(
    (db, p: { mailboxId: string; tsquery: string; limit: number; minRank: number }) => {
      const query = sql`to_tsquery('simple'::regconfig, ${p.tsquery})`;
      const rank = sql<number>`ts_rank_cd(${VECTOR}, ${query})`;
      return db
        .selectFrom('knowledgeNotes')
        .select([...COLUMNS, rank.as('rank')])
        .where('mailboxId', '=', p.mailboxId)
        .where(sql<boolean>`${VECTOR} @@ ${query}`)
        .where(rank, '>=', p.minRank)
        .orderBy('rank', 'desc')
        .orderBy('createdAt')
        .limit(p.limit);
    },
  );

  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  list(mailboxId: string): Promise<KnowledgeNoteRow[]> {
    return this.db
      .selectFrom('knowledgeNotes')
      .select(COLUMNS)
      .where('mailboxId', '=', mailboxId)
      .orderBy('createdAt')
      .orderBy('id')
      .execute();
  }

  async get(mailboxId: string, id: string): Promise<KnowledgeNoteRow | null> {
    const row = await this.db
      .selectFrom('knowledgeNotes')
      .select(COLUMNS)
      .where('mailboxId', '=', mailboxId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ?? null;
  }

  /**
   * Adds a note unless the mailbox already has `cap` (null then). Serialised per mailbox by an
   * advisory lock, so two concurrent creates cannot both pass the count.
   */
  create(mailboxId: string, fields: NoteFields, cap: number): Promise<KnowledgeNoteRow | null> {
    return this.db.transaction().execute(async (tx) => {
      await sql`SELECT pg_advisory_xact_lock(hashtext(${`knowledge_notes:${mailboxId}`}))`.execute(
        tx,
      );
      const { n } = await tx
        .selectFrom('knowledgeNotes')
        .select((eb) => eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
        .where('mailboxId', '=', mailboxId)
        .executeTakeFirstOrThrow();
      if (n >= cap) return null;
      return tx
        .insertInto('knowledgeNotes')
        .values({ mailboxId, ...fields })
        .returning(COLUMNS)
        .executeTakeFirstOrThrow();
    });
  }

  async update(
    mailboxId: string,
    id: string,
    fields: NoteFields,
  ): Promise<KnowledgeNoteRow | null> {
    const row = await this.db
      .updateTable('knowledgeNotes')
      .set({ ...fields, updatedAt: now() })
      .where('mailboxId', '=', mailboxId)
      .where('id', '=', id)
      .returning(COLUMNS)
      .executeTakeFirst();
    return row ?? null;
  }

  async delete(mailboxId: string, id: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('knowledgeNotes')
      .where('mailboxId', '=', mailboxId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * The mailbox's best `limit` notes for a to_tsquery text (built by knowledge-notes' query
   * builder from an email: terms joined with "|", so any shared word counts), best first, those
   * ranked below `minRank` left out.
   */
  search(
    mailboxId: string,
    tsquery: string,
    limit: number,
    minRank: number,
  ): Promise<RankedNote[]> {
    return this.searching.rows(this.db, { mailboxId, tsquery, limit, minRank });
  }
}
