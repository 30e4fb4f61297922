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
import { CompiledStatement } from '../database/compiled-statement.js';
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
/**
 * A stage's claim of its task: the mark and the read of everything the stage needs (task, email,
 * mailbox, grant, response so far, settings) in one statement. The transitions that end a
 * stage are StageStateRepository's.
 */
@Injectable()
export class StageClaimRepository {
  // Compiled once each (see CompiledStatement): a claim runs for every stage of every email.
  private readonly claimOnly = new CompiledStatement((db, p: ClaimParams) => claimQuery(db, p));
  private readonly claimCounting = new CompiledStatement(
    (db, p: ClaimParams & { draftsSince: Date }) =>
      claimQuery(db, p).select((eb) =>
        eb
          .selectFrom('aiResponses as dr')
          .select(eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
          .whereRef('dr.mailboxId', '=', 'm.id')
          .where('dr.replyGeneratedAt', '>=', p.draftsSince)
          .$asScalar()
          .$notNull()
          .as('draftsSince'),
      ),
  );

  constructor(@Inject(KYSELY) private readonly db: Executor) {}

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
    let counted: number | undefined;
    let row;
    if (draftsSince === undefined) row = await this.claimOnly.first(db, { taskId, stage });
    else {
      row = await this.claimCounting.first(db, { taskId, stage, draftsSince });
      counted = row?.draftsSince;
    }
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
      ...(counted !== undefined && { draftsSince: counted }),
    };
  }
}

type ClaimParams = {
  taskId: string;
  stage: TaskStage;
};

/** The claim's mark and read; the generate stage's variant adds its daily cap count. */
function claimQuery(db: Executor, p: ClaimParams) {
  return (
    db
      // `prev` keeps the stage the task had before the claim.
      .with('prev', (qb) =>
        qb
          .selectFrom('processingTasks as t')
          .innerJoin('emails as e', 'e.id', 't.emailId')
          .innerJoin('mailboxes as m', 'm.id', 'e.mailboxId')
          .select(['t.id', 't.stage'])
          .where('t.id', '=', p.taskId)
          .where('t.status', 'in', ACTIVE_TASK_STATUSES)
          .where('m.status', '=', 'active'),
      )
      .with('claimed', (qb) =>
        qb
          .updateTable('processingTasks as t')
          .from('prev')
          .set({ status: 'processing', stage: p.stage, updatedAt: now() })
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
  );
}
