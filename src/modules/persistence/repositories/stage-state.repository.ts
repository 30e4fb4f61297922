import { Inject, Injectable } from '@nestjs/common';
import type { QueryCreator } from 'kysely';
import {
  type Database,
  type Executor,
  KYSELY,
  now,
  type ResponseRow,
} from '../database/database.js';
import { CompiledStatement, StatementShapes } from '../database/compiled-statement.js';
import {
  type Classification,
  type ClassificationValues,
  classificationUpsert,
  classificationValues,
  latestDraftInThreadQuery,
  type PreviousDraft,
  replyUpdate,
  type ReplyValues,
  replyValues,
  type Usage,
} from './ai-response.repository.js';
import {
  type CacheEntry,
  type CacheParams,
  cacheParams,
  cacheStoreFrom,
} from './classification-cache.repository.js';
import { labelApplied } from './label.repository.js';
import { liveTaskUpdate } from './task.repository.js';
import { type TaskStage } from '../../task-lifecycle/task-state.js';

/** What the draft stage needs under its lock, read and marked in one statement. */
export interface DraftStart {
  /** The task's AI response as it was before this statement. */
  response: ResponseRow;
  /** The marker to write into the draft; null when there is nothing to draft (see prepareDraft). */
  marker: string | null;
  /** The newest AI draft of another task in the email's thread (one AI draft per thread). */
  previousInThread: PreviousDraft | null;
}

export interface FinishTask {
  taskId: string;
  emailId: number;
  status: 'completed' | 'skipped';
  stage?: TaskStage;
  skipReason?: string | null;
  /** The Gmail draft this run created (recorded even if the task is no longer live). */
  draft?: { draftId: string; messageId: string };
}

/** Where a classification leaves the task: on to generate, or finished. */
export type AfterClassify =
  { stage: 'classified' } | Pick<FinishTask, 'status' | 'stage' | 'skipReason'>;

/**
 * What the classify stage writes with its verdict besides the task and its AI response, so
 * neither costs a statement of its own.
 */
export interface ClassifiedAlso {
  /**
   * The email's triage label is on the message but not yet marked applied (it went on in this
   * run, or this run found an earlier run's): it is marked (LabelRepository).
   */
  labelApplied?: boolean;
  /** The LLM's verdict, kept for the next mailbox with the same content. */
  cache?: CacheEntry | null;
}

/**
 * The task's transitions with what each writes beside the task (responses, emails, dead
 * letters), each one statement (data-modifying CTEs), so each is atomic and holds a
 * connection for one round trip, not a transaction's four.
 */
@Injectable()
export class StageStateRepository {
  // Each compiled once per shape (see CompiledStatement): they run for every email.
  private readonly finishes = new StatementShapes((db, p: FinishParams, shape: FinishShape) =>
    finishing(db, p, shape).selectFrom('done').select('id'),
  );
  private readonly classifiedOn = new StatementShapes(
    (db, p: ClassificationValues & AlsoParams, shape: AlsoShape) =>
      also(db, p, shape)
        .with('done', () => liveTaskUpdate(db, p.taskId, { stage: 'classified' }).returning('id'))
        .with('response', () => classificationUpsert(db, p))
        .selectFrom('done')
        .select('id'),
  );
  private readonly classifiedDone = new StatementShapes(
    (db, p: FinishParams & ClassificationValues & AlsoParams, shape: FinishShape & AlsoShape) =>
      finishing(db, p, shape, also(db, p, shape))
        .with('response', () => classificationUpsert(db, p))
        .selectFrom('done')
        .select('id'),
  );
  private readonly replied = new CompiledStatement((db, p: ReplyValues) =>
    db
      .with('done', () =>
        liveTaskUpdate(db, p.taskId, { stage: 'reply_generated' }).returning('id'),
      )
      .with('response', () => replyUpdate(db, p))
      .selectFrom('done')
      .select('id'),
  );
  private readonly draftStart = new CompiledStatement(draftStartQuery);

  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  /**
   * Ends a live task: status set, open dead letters resolved (it succeeded after all), email
   * marked processed, and the draft it created recorded. One statement, so an observer never
   * sees the task final with the rest not yet written. False when the task was no longer live
   * (then only the draft is recorded: a draft made must never go unrecorded).
   */
  async finish(input: FinishTask, db: Executor = this.db): Promise<boolean> {
    const rows = await this.finishes.of(shapeOf(input)).rows(db, finishParams(input));
    return rows.length > 0;
  }

  /**
   * Records a classification and moves the live task on: to `classified` for the generate
   * stage, or to a final status (finish), with what `also` holds. One statement; false when the
   * task was no longer live (the classification and `also` are stored all the same).
   */
  async classified(
    taskId: string,
    emailId: number,
    c: Classification,
    then: AfterClassify,
    extra: ClassifiedAlso = {},
  ): Promise<boolean> {
    const values = { ...classificationValues({ ...c, taskId, emailId }), ...alsoParams(extra) };
    const alsoShape = { label: extra.labelApplied === true, cache: Boolean(extra.cache) };
    if (!('status' in then))
      return (await this.classifiedOn.of(alsoShape).rows(this.db, values)).length > 0;
    const end: FinishTask = { taskId, emailId, ...then };
    const rows = await this.classifiedDone
      .of({ ...shapeOf(end), ...alsoShape })
      .rows(this.db, { ...finishParams(end), ...values });
    return rows.length > 0;
  }

  /**
   * Records the generated reply (with the provider that wrote it and the ids of the knowledge
   * notes its prompt held) and moves a live task on to `reply_generated`, in one statement.
   */
  async replyGenerated(
    taskId: string,
    reply: string,
    model: string,
    usage: Usage,
    provider?: string,
    noteIds: string[] = [],
  ): Promise<boolean> {
    const values = replyValues({ taskId, reply, model, usage, provider, noteIds });
    return (await this.replied.rows(this.db, values)).length > 0;
  }

  /**
   * The draft stage's start, under its lock: the response as it was, the marker to write into
   * the draft (an earlier attempt's when there was one: a resumed run must look for that one;
   * null when there is no reply yet or the draft is already recorded), and the previous AI
   * draft in `threadId`. One statement.
   */
  async prepareDraft(
    taskId: string,
    newMarker: string,
    mailboxId: string,
    threadId: string | null,
    db: Executor = this.db,
  ): Promise<DraftStart | null> {
    const row = await this.draftStart.first(db, { taskId, newMarker, mailboxId, threadId });
    if (!row) return null;
    const {
      marker,
      previousId,
      previousTaskId,
      previousDraftId,
      previousDraftMessageId,
      previousDraftState,
      ...response
    } = row;
    return {
      response,
      marker: marker ?? null,
      previousInThread:
        previousId === null
          ? null
          : {
              id: previousId,
              taskId: previousTaskId!,
              draftId: previousDraftId,
              draftMessageId: previousDraftMessageId,
              draftState: previousDraftState!,
            },
    };
  }
}

/** A task's end as statement parameters (see finishing). */
type FinishParams = {
  taskId: string;
  emailId: number;
  status: 'completed' | 'skipped';
  skipReason: string | null;
  stage?: TaskStage;
  draftId?: string;
  draftMessageId?: string;
};

/** What a task's end writes besides its status: a stage, a draft. One statement per shape. */
type FinishShape = { stage: boolean; draft: boolean };

function finishParams(input: FinishTask): FinishParams {
  return {
    taskId: input.taskId,
    emailId: input.emailId,
    status: input.status,
    skipReason: input.skipReason ?? null,
    stage: input.stage,
    draftId: input.draft?.draftId,
    draftMessageId: input.draft?.messageId,
  };
}

function shapeOf(input: FinishTask): FinishShape {
  return { stage: input.stage !== undefined, draft: input.draft !== undefined };
}

/** ClassifiedAlso as statement parameters: the cache entry's, prefixed (CacheParams). */
type AlsoParams = Partial<CacheParams>;
type AlsoShape = { label: boolean; cache: boolean };

function alsoParams(extra: ClassifiedAlso): AlsoParams {
  return extra.cache ? cacheParams(extra.cache) : {};
}

/**
 * ClassifiedAlso's writes as data-modifying CTEs to start a statement with. Nothing reads them,
 * and their order against the rest does not matter: each touches only this email's label row or
 * this content's cache row, which no other part of the statement touches. (The casts drop
 * their names from the builder's type, which nothing refers to.)
 */
function also(db: Executor, p: ClassificationValues & AlsoParams, shape: AlsoShape) {
  let q: QueryCreator<Database> = db;
  if (shape.label)
    q = q.with('labelled', () => labelApplied(db, p)) as unknown as QueryCreator<Database>;
  if (shape.cache)
    q = q.with('cached', () => cacheStoreFrom(db, p)) as unknown as QueryCreator<Database>;
  return q;
}

/**
 * A task's end as data-modifying CTEs (see finish), to select from `done` or to join more to,
 * after those `start` holds. The main query reads `done` first, so the task row is locked
 * before anything else is written, in the order every other transition takes; the draft is
 * recorded only when there is one.
 */
function finishing(
  db: Executor,
  p: FinishParams,
  shape: FinishShape,
  start: QueryCreator<Database> = db,
) {
  const ended = start
    .with('done', () =>
      liveTaskUpdate(db, p.taskId, {
        status: p.status,
        skipReason: p.skipReason,
        errorMessage: null,
      })
        .set({ completedAt: now() })
        .$if(shape.stage, (qb) => qb.set({ stage: p.stage }))
        .returning('id'),
    )
    .with('dead', (qb) =>
      qb
        .updateTable('failedTasks')
        .set({ resolvedAt: now() })
        .where('taskId', '=', p.taskId)
        .where('resolvedAt', 'is', null)
        .where((eb) => eb.exists(eb.selectFrom('done').select('id'))),
    )
    .with('email', (qb) =>
      qb
        .updateTable('emails')
        .set({ processed: true })
        .where('id', '=', p.emailId)
        .where((eb) => eb.exists(eb.selectFrom('done').select('id'))),
    );
  if (!shape.draft) return ended;
  return ended.with('draft', (qb) =>
    qb
      .updateTable('aiResponses')
      .set({
        draftId: p.draftId,
        draftMessageId: p.draftMessageId,
        draftState: 'created',
        updatedAt: now(),
      })
      .where('taskId', '=', p.taskId),
  );
}

type DraftStartParams = {
  taskId: string;
  newMarker: string;
  mailboxId: string;
  threadId: string | null;
};

/** The draft stage's start (see prepareDraft). */
function draftStartQuery(db: Executor, p: DraftStartParams) {
  return db
    .with('cur', (qb) =>
      qb.selectFrom('aiResponses').selectAll().where('taskId', '=', p.taskId).forUpdate(),
    )
    .with('marked', (qb) =>
      qb
        .updateTable('aiResponses as a')
        .from('cur')
        .set((eb) => ({
          draftMarker: eb.fn.coalesce('a.draftMarker', eb.val(p.newMarker)),
          draftState: eb
            .case()
            .when('a.draftMarker', 'is', null)
            .then('creating' as const)
            .else(eb.ref('a.draftState'))
            .end(),
          updatedAt: now(),
        }))
        .whereRef('a.id', '=', 'cur.id')
        .where('cur.generatedReply', 'is not', null)
        .where((eb) =>
          eb.not(eb.and([eb('cur.draftState', '=', 'created'), eb('cur.draftId', 'is not', null)])),
        )
        .returning('a.draftMarker'),
    )
    .selectFrom('cur as r')
    .leftJoinLateral(
      () => latestDraftInThreadQuery(db, p.mailboxId, p.threadId, p.taskId).as('p'),
      (join) => join.onTrue(),
    )
    .selectAll('r')
    .select((eb) => [
      eb.selectFrom('marked').select('draftMarker').$asScalar().as('marker'),
      'p.id as previousId',
      'p.taskId as previousTaskId',
      'p.draftId as previousDraftId',
      'p.draftMessageId as previousDraftMessageId',
      'p.draftState as previousDraftState',
    ]);
}
