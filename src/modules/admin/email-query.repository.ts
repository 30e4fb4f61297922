import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import {
  type EmailRow,
  type Executor,
  type FailedTaskRow,
  KYSELY,
} from '../persistence/database/database.js';
import type { DraftOutcome } from '../persistence/entities/draft-feedback.entity.js';
import type { TaskStage, TaskStatus } from '../task-lifecycle/task-state.js';

export interface EmailListFilter {
  mailboxId?: string;
  /** Only the mailboxes of this console owner. */
  ownerId?: string;
  category?: string;
  status?: TaskStatus;
  /** What became of the latest AI draft; `awaiting` for a draft with no outcome yet. */
  draftOutcome?: DraftOutcome | 'awaiting';
  since?: Date;
  until?: Date;
  /** Keyset: only emails with a smaller id (the list is newest id first). */
  beforeId?: number;
  limit: number;
}

export interface EmailListRow {
  email: EmailRow;
  taskId: string | null;
  taskStatus: TaskStatus | null;
  taskStage: TaskStage | null;
  category: string | null;
  confidence: number | null;
  draftId: string | null;
  skipReason: string | null;
  reasoning: string | null;
  draftState: string | null;
  labelOutcome: string | null;
  draftOutcome: DraftOutcome | null;
  draftSimilarity: number | null;
}

/**
 * Read-only queries of the admin API that span several tables (an email with its latest run
 * and latest AI verdict). Kept here, beside their only caller, rather than in the persistence
 * repositories that the pipeline writes through.
 */
@Injectable()
export class EmailQueryRepository {
  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  async list(filter: EmailListFilter): Promise<EmailListRow[]> {
    const receivedOrStored = sql<Date>`COALESCE(e.received_at, e.created_at)`;
    let query = this.db
      .selectFrom('emails as e')
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('processingTasks as pt')
            .select(['pt.id', 'pt.status', 'pt.stage', 'pt.skipReason'])
            .whereRef('pt.emailId', '=', 'e.id')
            .orderBy('pt.createdAt', 'desc')
            .orderBy('pt.id', 'desc')
            .limit(1)
            .as('t'),
        (join) => join.onTrue(),
      )
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('aiResponses as ar')
            .select([
              'ar.id',
              'ar.category',
              'ar.confidence',
              'ar.draftId',
              'ar.reasoning',
              'ar.draftState',
            ])
            .whereRef('ar.emailId', '=', 'e.id')
            .orderBy('ar.createdAt', 'desc')
            .orderBy('ar.id', 'desc')
            .limit(1)
            .as('r'),
        (join) => join.onTrue(),
      )
      .leftJoin('emailLabels as l', 'l.emailId', 'e.id')
      .leftJoin('draftFeedback as f', 'f.aiResponseId', 'r.id')
      .selectAll('e')
      .select([
        't.id as taskId',
        't.status as taskStatus',
        't.stage as taskStage',
        't.skipReason',
        'r.category',
        'r.confidence',
        'r.draftId',
        'r.reasoning',
        'r.draftState',
        'l.outcome as labelOutcome',
        'f.outcome as draftOutcome',
        'f.similarity as draftSimilarity',
      ])
      .orderBy('e.id', 'desc')
      .limit(filter.limit);
    const { mailboxId, ownerId, category, status, draftOutcome, since, until, beforeId } = filter;
    if (mailboxId !== undefined) query = query.where('e.mailboxId', '=', mailboxId);
    if (ownerId !== undefined)
      query = query.where('e.mailboxId', 'in', (eb) =>
        eb.selectFrom('mailboxes').select('mailboxes.id').where('mailboxes.userId', '=', ownerId),
      );
    if (category !== undefined) query = query.where('r.category', '=', category);
    if (status !== undefined) query = query.where('t.status', '=', status);
    if (draftOutcome === 'awaiting')
      query = query.where('r.draftId', 'is not', null).where('f.outcome', 'is', null);
    else if (draftOutcome !== undefined) query = query.where('f.outcome', '=', draftOutcome);
    if (since !== undefined) query = query.where(receivedOrStored, '>=', since);
    if (until !== undefined) query = query.where(receivedOrStored, '<', until);
    if (beforeId !== undefined) query = query.where('e.id', '<', beforeId);
    const rows = await query.execute();
    return rows.map(
      ({
        taskId,
        taskStatus,
        taskStage,
        skipReason,
        category,
        confidence,
        draftId,
        reasoning,
        draftState,
        labelOutcome,
        draftOutcome,
        draftSimilarity,
        ...email
      }) => ({
        email,
        taskId,
        taskStatus,
        taskStage,
        category,
        confidence,
        draftId,
        skipReason,
        reasoning,
        draftState,
        labelOutcome,
        draftOutcome,
        draftSimilarity,
      }),
    );
  }

  /**
   * What changes when the activity list would: the newest email id and the latest update of the
   * runs of the newest 100 emails (bounded, so it stays cheap however large the tables grow).
   */
  async activityMarker(ownerId?: string): Promise<string> {
    let recent = this.db.selectFrom('emails').select('id').orderBy('id', 'desc').limit(100);
    if (ownerId !== undefined)
      recent = recent.where('mailboxId', 'in', (eb) =>
        eb.selectFrom('mailboxes').select('mailboxes.id').where('mailboxes.userId', '=', ownerId),
      );
    const row = await this.db
      .selectFrom(recent.as('r'))
      .leftJoin('processingTasks as t', 't.emailId', 'r.id')
      .select((eb) => [
        sql<string | null>`max(r.id)::text`.as('newest'),
        sql<string | null>`max(t.updated_at)::text`.as('updated'),
        sql<number>`count(t.id)::int`.as('runs'),
        // A draft's outcome (sent, edited, deleted) changes the list without touching a run.
        eb
          .selectFrom('draftFeedback as f')
          .innerJoin('aiResponses as ar', 'ar.id', 'f.aiResponseId')
          .where('ar.emailId', 'in', recent)
          .select(sql<string | null>`max(f.observed_at)::text`.as('o'))
          .as('observed'),
      ])
      .executeTakeFirstOrThrow();
    return `${row.newest ?? 0}/${row.updated ?? ''}/${row.runs}/${row.observed ?? ''}`;
  }

  failedForEmail(emailId: number): Promise<FailedTaskRow[]> {
    return this.db
      .selectFrom('failedTasks')
      .selectAll()
      .where('emailId', '=', emailId)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .execute();
  }

  /**
   * Dead letters, unresolved first, then newest first. The keyset is (resolved flag, id) so a
   * page boundary never skips or repeats an entry even while new failures arrive.
   */
  listFailed(opts: {
    state: 'all' | 'unresolved' | 'resolved';
    after?: { r: number; id: number };
    limit: number;
  }): Promise<FailedTaskRow[]> {
    const resolved = sql<number>`(resolved_at IS NOT NULL)::int`;
    let query = this.db
      .selectFrom('failedTasks')
      .selectAll()
      .orderBy(resolved)
      .orderBy('id', 'desc')
      .limit(opts.limit);
    if (opts.state === 'unresolved') query = query.where('resolvedAt', 'is', null);
    if (opts.state === 'resolved') query = query.where('resolvedAt', 'is not', null);
    const after = opts.after;
    if (after)
      query = query.where((eb) =>
        eb.or([
          eb(resolved, '>', after.r),
          eb.and([eb(resolved, '=', after.r), eb('id', '<', after.id)]),
        ]),
      );
    return query.execute();
  }
}
