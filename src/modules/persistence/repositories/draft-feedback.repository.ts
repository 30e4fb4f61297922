import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { DraftOutcome } from '../entities/draft-feedback.entity.js';
import { type Executor, KYSELY, now } from '../database/database.js';

/** An AI draft whose outcome is still to be seen (none recorded yet, or `pending`). */
export interface WatchedDraft {
  responseId: number;
  threadId: string;
  draftId: string;
  /** The draft's message id as we wrote it; Gmail gives an edited draft a new one. */
  draftMessageId: string | null;
  /** The reply as stored (signature included): what the sent text is compared with. */
  generatedReply: string;
  /** When the reply was written: a sent message older than this cannot come from the draft. */
  writtenAt: Date;
  category: string | null;
  model: string | null;
  provider: string | null;
  outcome: DraftOutcome | null;
}

export interface OutcomeRecord {
  responseId: number;
  mailboxId: string;
  outcome: DraftOutcome;
  similarity: number | null;
  sentMessageId: string | null;
}

/** One group of a mailbox's outcome figures. */
export interface OutcomeCount {
  category: string;
  /** UTC day the draft was written, YYYY-MM-DD. */
  day: string;
  outcome: DraftOutcome;
  n: number;
  /** Sum of similarities over the group's sent drafts (for a mean over several groups). */
  similaritySum: number;
  similarityN: number;
}

/** Ids per statement: a history walk's threads, bounded by its caller as well. */
const MAX_IDS = 500;

/**
 * Outcome feedback of AI drafts (draft-feedback module). A draft is watched from the moment its
 * ai_responses row records it (draft_state `created`) until an outcome other than `pending` is
 * stored; the replies retention prunes are no longer needed by then, and the outcome rows
 * themselves are never pruned.
 */
@Injectable()
export class DraftFeedbackRepository {
  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  private watched(db: Executor, mailboxId: string) {
    return db
      .selectFrom('aiResponses as r')
      .innerJoin('emails as e', 'e.id', 'r.emailId')
      .leftJoin('draftFeedback as f', 'f.aiResponseId', 'r.id')
      .select([
        'r.id as responseId',
        'e.threadId',
        'r.draftId',
        'r.draftMessageId',
        'r.generatedReply',
        sql<Date>`COALESCE(r.reply_generated_at, r.created_at)`.as('writtenAt'),
        'r.category',
        'r.replyModelUsed as model',
        'r.replyProvider as provider',
        'f.outcome',
      ])
      .where('r.mailboxId', '=', mailboxId)
      .where('r.draftState', '=', 'created')
      .where('r.draftId', 'is not', null)
      .where('r.generatedReply', 'is not', null)
      .where('e.threadId', 'is not', null)
      .where((eb) => eb.or([eb('f.outcome', 'is', null), eb('f.outcome', '=', 'pending')]));
  }

  /** Watched drafts in these threads (a history walk saw mail sent or drafts removed there). */
  async watchedInThreads(
    mailboxId: string,
    threadIds: string[],
    db: Executor = this.db,
  ): Promise<WatchedDraft[]> {
    if (!threadIds.length) return [];
    const rows = await this.watched(db, mailboxId)
      .where('e.threadId', 'in', threadIds.slice(0, MAX_IDS))
      .orderBy('r.id')
      .execute();
    return rows.map(asWatched);
  }

  /** Drafts with no outcome yet, oldest first: what a sweep checks against drafts.list. */
  async unobserved(mailboxId: string, limit: number, db: Executor = this.db) {
    const rows = await this.watched(db, mailboxId)
      .where('f.outcome', 'is', null)
      .orderBy('r.id')
      .limit(limit)
      .execute();
    return rows.map(asWatched);
  }

  /**
   * Records an outcome unless the state machine (draft-outcome.ts) forbids it: a first outcome
   * always; over `pending`, any other; nothing over a final one. True when the row changed, so
   * a redelivered observation is counted once.
   */
  async record(r: OutcomeRecord, db: Executor = this.db): Promise<boolean> {
    const values = {
      outcome: r.outcome,
      similarity: r.similarity,
      sentMessageId: r.sentMessageId,
    };
    const row = await db
      .insertInto('draftFeedback')
      .values({ ...values, aiResponseId: r.responseId, mailboxId: r.mailboxId })
      .onConflict((oc) =>
        oc
          .column('aiResponseId')
          .doUpdateSet({ ...values, observedAt: now() })
          .where('draftFeedback.outcome', '=', 'pending')
          .where(sql.ref('excluded.outcome'), '<>', 'pending'),
      )
      .returning('aiResponseId')
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * A mailbox's outcomes of drafts written since `since`, per category, UTC day written and
   * outcome (ordered so), and how many of those drafts have no outcome yet.
   */
  async summary(
    mailboxId: string,
    since: Date,
    db: Executor = this.db,
  ): Promise<{ groups: OutcomeCount[]; awaiting: number }> {
    const drafts = db
      .selectFrom('aiResponses as r')
      .leftJoin('draftFeedback as f', 'f.aiResponseId', 'r.id')
      .where('r.mailboxId', '=', mailboxId)
      .where('r.replyGeneratedAt', '>=', since);
    const [groups, awaiting] = await Promise.all([
      drafts
        .innerJoin('draftFeedback as g', 'g.aiResponseId', 'r.id')
        .select([
          sql<string>`COALESCE(r.category, 'unclassified')`.as('category'),
          sql<string>`to_char(r.reply_generated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')`.as('day'),
          'g.outcome',
          sql<number>`count(*)::int`.as('n'),
          sql<number>`COALESCE(sum(g.similarity) FILTER (WHERE g.outcome IN ('sent_unchanged', 'sent_edited')), 0)::float8`.as(
            'similaritySum',
          ),
          sql<number>`count(g.similarity) FILTER (WHERE g.outcome IN ('sent_unchanged', 'sent_edited'))::int`.as(
            'similarityN',
          ),
        ])
        .groupBy([sql`1`, sql`2`, 'g.outcome'])
        .orderBy(sql`1`)
        .orderBy(sql`2`)
        .execute(),
      drafts
        .select(sql<number>`count(*)::int`.as('n'))
        .where('f.aiResponseId', 'is', null)
        .where('r.draftState', '=', 'created')
        .executeTakeFirstOrThrow(),
    ]);
    return { groups, awaiting: awaiting.n };
  }
}

function asWatched(row: {
  responseId: number;
  threadId: string | null;
  draftId: string | null;
  draftMessageId: string | null;
  generatedReply: string | null;
  writtenAt: Date;
  category: string | null;
  model: string | null;
  provider: string | null;
  outcome: DraftOutcome | null;
}): WatchedDraft {
  // The statement's WHERE excludes the nulls.
  return {
    ...row,
    threadId: row.threadId!,
    draftId: row.draftId!,
    generatedReply: row.generatedReply!,
  };
}
