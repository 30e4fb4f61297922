import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import {
  type EmailRow,
  type Executor,
  KYSELY,
  type MailboxRow,
  now,
  type ResponseRow,
  type TaskRow,
} from '../database/database.js';
import {
  AiResponseRepository,
  type Classification,
  latestDraftInThreadQuery,
  type PreviousDraft,
  type Usage,
} from './ai-response.repository.js';
import { TaskRepository } from './task.repository.js';
import { ACTIVE_TASK_STATUSES, type TaskStage } from '../../task-lifecycle/task-state.js';

/** What a pipeline stage works on, claimed and read in one round trip. */
export interface ClaimedStage {
  /** The task as it is now: status `processing`, stage the running one. */
  task: TaskRow;
  /** The stage the task was at before this claim (crash recovery reads it). */
  previousStage: TaskStage;
  email: EmailRow;
  mailbox: MailboxRow;
  encryptedRefreshToken: string | null;
  /** The task's AI response so far (classification, reply, draft), if any. */
  response: ResponseRow | null;
  /** Replies generated for the mailbox since `draftsSince` (asked for by the generate stage). */
  draftsSince?: number;
  /** The mailbox's settings document as JSON text (null: none; the defaults apply). */
  settings: string | null;
}

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
 * The task's transitions with what each writes beside the task (responses, emails, dead
 * letters), each atomic: one statement (data-modifying CTEs) or one transaction of repository
 * calls. Every method runs on the executor it is given, so a caller may join it to its own
 * transaction.
 */
@Injectable()
export class StageStateRepository {
  constructor(
    @Inject(KYSELY) private readonly db: Executor,
    private readonly responses: AiResponseRepository,
    private readonly tasks: TaskRepository,
  ) {}

  /**
   * Marks a live task of an active mailbox as being worked on by `stage` and returns everything
   * the stage needs. Null when the task is finished, missing, or its mailbox is not active
   * (nothing changed then).
   */
  async claim(
    taskId: string,
    stage: TaskStage,
    opts: { draftsSince?: Date } = {},
    db: Executor = this.db,
  ): Promise<ClaimedStage | null> {
    const { draftsSince } = opts;
    const row = await db
      // `prev` keeps the stage the task had before the claim.
      .with('prev', (qb) =>
        qb
          .selectFrom('processingTasks as t')
          .innerJoin('emails as e', 'e.id', 't.emailId')
          .innerJoin('mailboxes as m', 'm.id', 'e.mailboxId')
          .select(['t.id', 't.stage'])
          .where('t.id', '=', taskId)
          .where('t.status', 'in', ACTIVE_TASK_STATUSES)
          .where('m.status', '=', 'active'),
      )
      .with('claimed', (qb) =>
        qb
          .updateTable('processingTasks as t')
          .from('prev')
          .set({ status: 'processing', stage, updatedAt: now() })
          .whereRef('t.id', '=', 'prev.id')
          .where('t.status', 'in', ACTIVE_TASK_STATUSES)
          .returningAll('t')
          .returning('prev.stage as previousStage'),
      )
      .selectFrom('claimed as t')
      .innerJoin('emails as e', 'e.id', 't.emailId')
      .innerJoin('mailboxes as m', 'm.id', 'e.mailboxId')
      .leftJoin('aiResponses as r', 'r.taskId', 't.id')
      // Read with every claim, so a settings change applies to the next email without a restart.
      .leftJoin('mailboxSettings as s', 's.mailboxId', 'm.id')
      .selectAll('t')
      .select([
        'e.mailboxId as emailMailboxId',
        'e.messageId as emailMessageId',
        'e.threadId as emailThreadId',
        'e.sender as emailSender',
        'e.subject as emailSubject',
        'e.receivedAt as emailReceivedAt',
        'e.processed as emailProcessed',
        'e.createdAt as emailCreatedAt',
        'm.emailAddress as mailboxEmailAddress',
        'm.displayName as mailboxDisplayName',
        'm.encryptedRefreshToken as mailboxEncryptedRefreshToken',
        'm.status as mailboxStatus',
        'm.statusReason as mailboxStatusReason',
        'm.lastHistoryId as mailboxLastHistoryId',
        'm.watchExpiresAt as mailboxWatchExpiresAt',
        'm.watchRenewedAt as mailboxWatchRenewedAt',
        'm.lastSyncedAt as mailboxLastSyncedAt',
        'm.syncDueAt as mailboxSyncDueAt',
        'm.watchDueAt as mailboxWatchDueAt',
        'm.feedbackDueAt as mailboxFeedbackDueAt',
        'm.createdAt as mailboxCreatedAt',
        'm.updatedAt as mailboxUpdatedAt',
        'm.userId as mailboxUserId',
        'r.id as responseId',
        'r.category as responseCategory',
        'r.confidence as responseConfidence',
        'r.reasoning as responseReasoning',
        'r.generatedReply as responseGeneratedReply',
        'r.replyGeneratedAt as responseReplyGeneratedAt',
        'r.modelUsed as responseModelUsed',
        'r.replyModelUsed as responseReplyModelUsed',
        'r.replyProvider as responseReplyProvider',
        'r.tokensUsed as responseTokensUsed',
        'r.promptTokens as responsePromptTokens',
        'r.completionTokens as responseCompletionTokens',
        'r.cachedPromptTokens as responseCachedPromptTokens',
        'r.costUsd as responseCostUsd',
        'r.draftId as responseDraftId',
        'r.draftMessageId as responseDraftMessageId',
        'r.draftMarker as responseDraftMarker',
        'r.draftState as responseDraftState',
        'r.noteIds as responseNoteIds',
        'r.createdAt as responseCreatedAt',
        'r.updatedAt as responseUpdatedAt',
        // As text: CamelCasePlugin would rename the document's own keys on the way out.
        sql<string | null>`s.settings::text`.as('mailboxSettings'),
      ])
      // The generate stage's daily cap check rides along instead of costing its own round trip.
      .$if(draftsSince !== undefined, (qb) =>
        qb.select((eb) =>
          eb
            .selectFrom('aiResponses as dr')
            .select(eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
            .whereRef('dr.mailboxId', '=', 'm.id')
            .where('dr.replyGeneratedAt', '>=', draftsSince!)
            .$asScalar()
            .$notNull()
            .as('draftsSince'),
        ),
      )
      .executeTakeFirst();
    if (!row) return null;
    const task: TaskRow = {
      id: row.id,
      emailId: row.emailId,
      status: row.status,
      stage: row.stage,
      correlationId: row.correlationId,
      skipReason: row.skipReason,
      errorMessage: row.errorMessage,
      priority: row.priority,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      completedAt: row.completedAt,
    };
    const email: EmailRow = {
      id: row.emailId,
      mailboxId: row.emailMailboxId,
      messageId: row.emailMessageId,
      threadId: row.emailThreadId,
      sender: row.emailSender,
      subject: row.emailSubject,
      receivedAt: row.emailReceivedAt,
      processed: row.emailProcessed,
      createdAt: row.emailCreatedAt,
    };
    const mailbox: MailboxRow = {
      id: row.emailMailboxId,
      emailAddress: row.mailboxEmailAddress,
      displayName: row.mailboxDisplayName,
      status: row.mailboxStatus,
      statusReason: row.mailboxStatusReason,
      lastHistoryId: row.mailboxLastHistoryId,
      watchExpiresAt: row.mailboxWatchExpiresAt,
      watchRenewedAt: row.mailboxWatchRenewedAt,
      lastSyncedAt: row.mailboxLastSyncedAt,
      syncDueAt: row.mailboxSyncDueAt,
      watchDueAt: row.mailboxWatchDueAt,
      feedbackDueAt: row.mailboxFeedbackDueAt,
      createdAt: row.mailboxCreatedAt,
      updatedAt: row.mailboxUpdatedAt,
      userId: row.mailboxUserId,
    };
    const response: ResponseRow | null =
      row.responseId === null
        ? null
        : {
            id: row.responseId,
            emailId: row.emailId,
            mailboxId: row.emailMailboxId,
            taskId: row.id,
            category: row.responseCategory,
            confidence: row.responseConfidence,
            reasoning: row.responseReasoning,
            generatedReply: row.responseGeneratedReply,
            replyGeneratedAt: row.responseReplyGeneratedAt,
            modelUsed: row.responseModelUsed,
            replyModelUsed: row.responseReplyModelUsed,
            replyProvider: row.responseReplyProvider,
            tokensUsed: row.responseTokensUsed!,
            promptTokens: row.responsePromptTokens!,
            completionTokens: row.responseCompletionTokens!,
            cachedPromptTokens: row.responseCachedPromptTokens!,
            costUsd: row.responseCostUsd!,
            draftId: row.responseDraftId,
            draftMessageId: row.responseDraftMessageId,
            draftMarker: row.responseDraftMarker,
            draftState: row.responseDraftState!,
            noteIds: row.responseNoteIds!,
            createdAt: row.responseCreatedAt!,
            updatedAt: row.responseUpdatedAt!,
          };
    return {
      task,
      previousStage: row.previousStage,
      email,
      mailbox,
      encryptedRefreshToken: row.mailboxEncryptedRefreshToken,
      response,
      settings: row.mailboxSettings,
      ...('draftsSince' in row && { draftsSince: row.draftsSince }),
    };
  }

  /**
   * Ends a live task: status set, open dead letters resolved (it succeeded after all), email
   * marked processed, and the draft it created recorded. One statement, so an observer never
   * sees the task final with the rest not yet written. False when the task was no longer live
   * (then only the draft is recorded: a draft made must never go unrecorded).
   */
  async finish(input: FinishTask, db: Executor = this.db): Promise<boolean> {
    const { taskId, draft } = input;
    const rows = await db
      .with('done', (qb) =>
        qb
          .updateTable('processingTasks')
          .set((eb) => ({
            status: input.status,
            stage: input.stage ?? eb.ref('stage'),
            skipReason: input.skipReason ?? null,
            errorMessage: null,
            completedAt: now(),
            updatedAt: now(),
          }))
          .where('id', '=', taskId)
          .where('status', 'in', ACTIVE_TASK_STATUSES)
          .returning('id'),
      )
      .with('dead', (qb) =>
        qb
          .updateTable('failedTasks')
          .set({ resolvedAt: now() })
          .where('taskId', '=', taskId)
          .where('resolvedAt', 'is', null)
          .where((eb) => eb.exists(eb.selectFrom('done').select('id'))),
      )
      .with('email', (qb) =>
        qb
          .updateTable('emails')
          .set({ processed: true })
          .where('id', '=', input.emailId)
          .where((eb) => eb.exists(eb.selectFrom('done').select('id'))),
      )
      .with('draft', (qb) =>
        qb
          .updateTable('aiResponses')
          .set({
            draftId: draft?.draftId ?? null,
            draftMessageId: draft?.messageId ?? null,
            draftState: 'created',
            updatedAt: now(),
          })
          .where('taskId', '=', taskId)
          .where((eb) => eb.val(draft !== undefined)),
      )
      .selectFrom('done')
      .select('id')
      .execute();
    return rows.length > 0;
  }

  /**
   * Records a classification and moves the live task on: to `classified` for the generate
   * stage, or to a final status (finish). One transaction; false when the task was no longer
   * live (the classification is stored all the same).
   */
  classified(
    taskId: string,
    emailId: number,
    c: Classification,
    then: AfterClassify,
  ): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      // The task row first, as every other transition locks it first.
      const live =
        'status' in then
          ? await this.finish({ taskId, emailId, ...then }, tx)
          : await this.tasks.setStage(taskId, then.stage, tx);
      await this.responses.recordClassification({ ...c, taskId, emailId }, tx);
      return live;
    });
  }

  /**
   * Records the generated reply (with the provider that wrote it and the ids of the knowledge
   * notes its prompt held) and moves a live task on to `reply_generated`, in one transaction.
   */
  replyGenerated(
    taskId: string,
    reply: string,
    model: string,
    usage: Usage,
    provider?: string,
    noteIds: string[] = [],
  ): Promise<boolean> {
    return this.db.transaction().execute(async (tx) => {
      const live = await this.tasks.setStage(taskId, 'reply_generated', tx);
      await this.responses.recordReply(taskId, reply, model, usage, tx, provider, noteIds);
      return live;
    });
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
    const row = await db
      .with('cur', (qb) =>
        qb.selectFrom('aiResponses').selectAll().where('taskId', '=', taskId).forUpdate(),
      )
      .with('marked', (qb) =>
        qb
          .updateTable('aiResponses as a')
          .from('cur')
          .set((eb) => ({
            draftMarker: eb.fn.coalesce('a.draftMarker', eb.val(newMarker)),
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
            eb.not(
              eb.and([eb('cur.draftState', '=', 'created'), eb('cur.draftId', 'is not', null)]),
            ),
          )
          .returning('a.draftMarker'),
      )
      .selectFrom('cur as r')
      .leftJoinLateral(
        () => latestDraftInThreadQuery(db, mailboxId, threadId, taskId).as('p'),
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
      ])
      .executeTakeFirst();
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
