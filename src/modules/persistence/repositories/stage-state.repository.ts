import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AiResponseEntity } from '../entities/ai-response.entity.js';
import { EmailEntity } from '../entities/email.entity.js';
import { MailboxEntity } from '../entities/mailbox.entity.js';
import { ProcessingTaskEntity } from '../entities/processing-task.entity.js';
import {
  Classification,
  classificationValues,
  RECORD_REPLY_SQL,
  recordDraftSql,
  recordReplyValues,
  UPSERT_CLASSIFICATION_SQL,
  Usage,
} from './ai-response.repository.js';
import { PreparedStatements } from './prepared-statements.js';
import { RowMapper } from './row-mapper.js';
import {
  ACTIVE_STATUSES_SQL,
  sqlLiteral,
  type TaskStage,
} from '../../task-lifecycle/task-state.js';

/** What a pipeline stage works on, claimed and read in one round trip. */
export interface ClaimedStage {
  /** The task as it is now: status `processing`, stage the running one. */
  task: ProcessingTaskEntity;
  /** The stage the task was at before this claim (crash recovery reads it). */
  previousStage: TaskStage;
  email: EmailEntity;
  mailbox: MailboxEntity;
  encryptedRefreshToken: string | null;
  /** The task's AI response so far (classification, reply, draft), if any. */
  response: AiResponseEntity | null;
  /** Replies generated for the mailbox since `draftsSince` (asked for by the generate stage). */
  draftsSince?: number;
}

/**
 * A stage's result recorded together with the next stage's claim (inline stages): the claim,
 * `parked` when the mailbox is no longer active (the task stays at the recorded stage, as a
 * separate claim would leave it), or null when the task was no longer live.
 */
export type RecordedAndClaimed = ClaimedStage | 'parked' | null;

/** What the draft stage needs under its lock, read and marked in one statement. */
export interface DraftStart {
  /** The task's AI response as it was before this statement. */
  response: AiResponseEntity;
  /** The marker to write into the draft; null when there is nothing to draft (see prepareDraft). */
  marker: string | null;
  /** The newest AI draft of another task in the email's thread (one AI draft per thread). */
  previousInThread: AiResponseEntity | null;
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

/** The mailbox's replies written since `since` (the daily draft cap), as column drafts_since. */
function draftsSinceSql(since: string): string {
  return `(SELECT count(*)::int FROM ai_responses dr WHERE dr.mailbox_id = m.id AND dr.reply_generated_at >= ${since}) AS drafts_since`;
}

/**
 * CTEs ending a live task (`done` returns its id when it was live): status, open dead letters
 * resolved, email processed. Placeholders are given so that larger statements can embed it.
 */
function finishCtes(p: {
  task: string;
  email: string;
  status: string;
  stage: string;
  skip: string;
}): string {
  return `done AS (
         UPDATE processing_tasks
            SET status = ${p.status}, stage = COALESCE(${p.stage}, stage), skip_reason = ${p.skip}, error_message = NULL,
                completed_at = now(), updated_at = now()
          WHERE id = ${p.task} AND status IN (${ACTIVE_STATUSES_SQL})
         RETURNING id
       ), dead AS (
         UPDATE failed_tasks SET resolved_at = now()
          WHERE task_id = ${p.task} AND resolved_at IS NULL AND EXISTS (SELECT 1 FROM done)
       ), email AS (
         UPDATE emails SET processed = true WHERE id = ${p.email} AND EXISTS (SELECT 1 FROM done)
       )`;
}

/**
 * The pipeline's per-stage statements across tasks, emails, mailboxes, responses and dead
 * letters. Each is a single SQL statement (data-modifying CTEs), so it is atomic without an
 * explicit transaction and costs one round trip where the entity repositories need four to
 * six. Benchmarks (docs/BENCHMARKS.md) showed Postgres round trips as the worker's main cost.
 */
@Injectable()
export class StageStateRepository {
  private readonly t: RowMapper<ProcessingTaskEntity>;
  private readonly e: RowMapper<EmailEntity>;
  private readonly m: RowMapper<MailboxEntity>;
  private readonly r: RowMapper<AiResponseEntity>;
  private readonly previous: RowMapper<AiResponseEntity>;
  private readonly claimSql: string;
  private readonly claimCountingSql: string;
  private readonly prepareDraftSql: string;
  private readonly classifiedClaimSql: string;
  private readonly replyGeneratedClaimSql: string;
  private readonly sql: PreparedStatements;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.sql = new PreparedStatements(dataSource);
    this.t = new RowMapper(dataSource, ProcessingTaskEntity, 't');
    this.e = new RowMapper(dataSource, EmailEntity, 'e');
    this.m = new RowMapper(dataSource, MailboxEntity, 'm');
    this.r = new RowMapper(dataSource, AiResponseEntity, 'r');
    // What a claim returns, read from the claimed task row `t` (a CTE) and its response source.
    const claimedRow = (columns: string, responses: string, extra: string) => `
      SELECT ${this.t.select()}, ${columns},
             ${this.e.select()}, ${this.m.select()}, m.encrypted_refresh_token AS encrypted_refresh_token,
             ${this.r.select()}${extra}
        FROM claimed t
        JOIN emails e ON e.id = t.email_id
        JOIN mailboxes m ON m.id = e.mailbox_id
        LEFT JOIN ${responses} r ON r.task_id = t.id`;
    // Claims only a live task of an active mailbox; `prev` keeps the stage it had before.
    const claim = (extra: string) => `
      WITH prev AS (
        SELECT t.id, t.stage FROM processing_tasks t
          JOIN emails e ON e.id = t.email_id
          JOIN mailboxes m ON m.id = e.mailbox_id
         WHERE t.id = $1 AND t.status IN (${ACTIVE_STATUSES_SQL}) AND m.status = 'active'
      ), claimed AS (
        UPDATE processing_tasks t SET status = ${sqlLiteral('processing')}, stage = $2, updated_at = now()
          FROM prev
         WHERE t.id = prev.id AND t.status IN (${ACTIVE_STATUSES_SQL})
        RETURNING t.*, prev.stage AS previous_stage
      )${claimedRow('t.previous_stage AS previous_stage', 'ai_responses', extra)}`;
    this.claimSql = claim('');
    // The generate stage's daily cap check rides along instead of costing its own round trip.
    this.claimCountingSql = claim(`,
             ${draftsSinceSql('$3')}`);
    // Inline stages: the statement recording a stage's result also claims the task for the next
    // stage, saving the claim's round trip (and Postgres its statement) twice per email. `w` is
    // the write (its RETURNING row is the task's response as it now is); the task moves to the
    // next stage's running name only while its mailbox is active, else to the recorded stage.
    const recordAndClaim = (write: string, recorded: TaskStage, running: TaskStage, extra = '') => `
      WITH w AS (${write} RETURNING *), claimed AS (
        UPDATE processing_tasks t
           SET stage = CASE WHEN m.status = 'active' THEN ${sqlLiteral(running)} ELSE ${sqlLiteral(recorded)} END, updated_at = now()
          FROM emails e JOIN mailboxes m ON m.id = e.mailbox_id
         WHERE t.id = $1 AND e.id = t.email_id AND t.status IN (${ACTIVE_STATUSES_SQL})
        RETURNING t.*
      )${claimedRow(`${sqlLiteral(recorded)} AS previous_stage, m.status = 'active' AS claimed`, 'w', extra)}`;
    this.classifiedClaimSql = recordAndClaim(
      UPSERT_CLASSIFICATION_SQL,
      'classified',
      'generating',
      `,
             ${draftsSinceSql('$11')}`,
    );
    this.replyGeneratedClaimSql = recordAndClaim(RECORD_REPLY_SQL, 'reply_generated', 'drafting');
    // Locks the response row, marks the draft as being created (keeping an earlier attempt's
    // marker) unless there is nothing to draft, and finds the thread's previous AI draft.
    const p = new RowMapper(dataSource, AiResponseEntity, 'p');
    this.prepareDraftSql = `
      WITH cur AS (
        SELECT * FROM ai_responses WHERE task_id = $1 FOR UPDATE
      ), marked AS (
        UPDATE ai_responses a
           SET draft_marker = COALESCE(a.draft_marker, $2::uuid),
               draft_state = CASE WHEN a.draft_marker IS NULL THEN 'creating' ELSE a.draft_state END,
               updated_at = now()
          FROM cur
         WHERE a.id = cur.id AND cur.generated_reply IS NOT NULL
           AND NOT (cur.draft_state = 'created' AND cur.draft_id IS NOT NULL)
        RETURNING a.draft_marker
      )
      SELECT ${this.r.select()}, (SELECT draft_marker::text FROM marked) AS marker, ${p.select()}
        FROM cur r
        LEFT JOIN LATERAL (
          SELECT pr.* FROM ai_responses pr JOIN emails pe ON pe.id = pr.email_id
           WHERE pe.mailbox_id = $3 AND pe.thread_id = $4 AND pr.task_id <> $1
             AND pr.draft_state = 'created' AND pr.draft_id IS NOT NULL
           ORDER BY pr.updated_at DESC LIMIT 1
        ) p ON true`;
    this.previous = p;
  }

  /**
   * Marks a live task as being worked on by `stage` and returns everything the stage needs.
   * Null when the task is finished, missing, or its mailbox is not active (nothing changed then).
   */
  async claim(
    taskId: string,
    stage: TaskStage,
    opts: { draftsSince?: Date } = {},
  ): Promise<ClaimedStage | null> {
    const rows = opts.draftsSince
      ? await this.sql.query('stage_claim_counting', this.claimCountingSql, [
          taskId,
          stage,
          opts.draftsSince,
        ])
      : await this.sql.query('stage_claim', this.claimSql, [taskId, stage]);
    const row = rows[0];
    return row ? this.claimed(row, !!opts.draftsSince) : null;
  }

  private claimed(row: Record<string, unknown>, counted: boolean): ClaimedStage {
    return {
      ...(counted && { draftsSince: row.drafts_since as number }),
      task: this.t.map(row) as ProcessingTaskEntity,
      previousStage: row.previous_stage as TaskStage,
      email: this.e.map(row) as EmailEntity,
      mailbox: this.m.map(row) as MailboxEntity,
      encryptedRefreshToken: (row.encrypted_refresh_token as string | null) ?? null,
      response: this.r.map(row),
    };
  }

  private recordedAndClaimed(
    rows: Record<string, unknown>[],
    counted: boolean,
  ): RecordedAndClaimed {
    const row = rows[0];
    if (!row) return null;
    return row.claimed ? this.claimed(row, counted) : 'parked';
  }

  /**
   * classified() for a confident needs_reply when the generate stage runs next in the same job:
   * records the classification and claims the task for generate (today's drafts counted since
   * `draftsSince`) in one statement. The classification is stored even when the task is no
   * longer live.
   */
  async classifiedAndClaim(
    taskId: string,
    emailId: number,
    c: Classification,
    draftsSince: Date,
  ): Promise<RecordedAndClaimed> {
    const rows = await this.sql.query('stage_classified_claim', this.classifiedClaimSql, [
      ...classificationValues(taskId, emailId, c),
      draftsSince,
    ]);
    return this.recordedAndClaimed(rows, true);
  }

  /** replyGenerated() when the draft stage runs next in the same job: the reply recorded and the task claimed for drafting. */
  async replyGeneratedAndClaim(
    taskId: string,
    reply: string,
    model: string,
    usage: Usage,
  ): Promise<RecordedAndClaimed> {
    const rows = await this.sql.query(
      'stage_reply_generated_claim',
      this.replyGeneratedClaimSql,
      recordReplyValues(taskId, reply, model, usage),
    );
    return this.recordedAndClaimed(rows, false);
  }

  /**
   * Ends a live task: status set, open dead letters resolved (it succeeded after all), email
   * marked processed, and the draft it created recorded. One statement, so an observer never
   * sees the task final with the rest not yet written. False when the task was no longer live
   * (then only the draft is recorded: a draft made must never go unrecorded).
   */
  async finish(input: FinishTask): Promise<boolean> {
    const rows = await this.sql.query(
      'stage_finish',
      `WITH ${finishCtes({ task: '$1', email: '$2', status: '$3', stage: '$4', skip: '$5' })}, draft AS (
         ${recordDraftSql('$1', '$6', '$7')} AND $6::text IS NOT NULL
       )
       SELECT id FROM done`,
      [
        input.taskId,
        input.emailId,
        input.status,
        input.stage ?? null,
        input.skipReason ?? null,
        input.draft?.draftId ?? null,
        input.draft?.messageId ?? null,
      ],
    );
    return rows.length > 0;
  }

  /**
   * Records a classification and, in the same statement, moves the live task on: to
   * `classified` for the generate stage, or to a final status (finish). False when the task was
   * no longer live (the classification is stored all the same).
   */
  async classified(
    taskId: string,
    emailId: number,
    c: Classification,
    then: AfterClassify,
  ): Promise<boolean> {
    const values = classificationValues(taskId, emailId, c);
    const rows =
      'status' in then
        ? await this.sql.query(
            'stage_classified_final',
            `WITH resp AS (${UPSERT_CLASSIFICATION_SQL}),
             ${finishCtes({ task: '$1', email: '$2', status: '$11', stage: '$12', skip: '$13' })}
             SELECT id FROM done`,
            [...values, then.status, then.stage ?? null, then.skipReason ?? null],
          )
        : await this.sql.query(
            'stage_classified',
            `WITH resp AS (${UPSERT_CLASSIFICATION_SQL})
             UPDATE processing_tasks SET stage = ${sqlLiteral('classified')}, updated_at = now()
              WHERE id = $1 AND status IN (${ACTIVE_STATUSES_SQL})
             RETURNING id`,
            values,
          );
    return rows.length > 0;
  }

  /**
   * The draft stage's start, under its lock: the response as it was, the marker to write into
   * the draft (an earlier attempt's when there was one: a resumed run must look for that one;
   * null when there is no reply yet or the draft is already recorded), and the previous AI
   * draft in `threadId`. One statement where it used to take three.
   */
  async prepareDraft(
    taskId: string,
    newMarker: string,
    mailboxId: string,
    threadId: string | null,
  ): Promise<DraftStart | null> {
    const rows = await this.sql.query('stage_prepare_draft', this.prepareDraftSql, [
      taskId,
      newMarker,
      mailboxId,
      threadId,
    ]);
    const row = rows[0];
    const response = row ? this.r.map(row) : null;
    if (!row || !response) return null;
    return {
      response,
      marker: (row.marker as string | null) ?? null,
      previousInThread: this.previous.map(row),
    };
  }

  /** Records the generated reply and moves a live task on to `reply_generated`, in one statement. */
  async replyGenerated(
    taskId: string,
    reply: string,
    model: string,
    usage: Usage,
  ): Promise<boolean> {
    const rows = await this.sql.query(
      'stage_reply_generated',
      `WITH reply AS (${RECORD_REPLY_SQL})
       UPDATE processing_tasks SET stage = ${sqlLiteral('reply_generated')}, updated_at = now()
        WHERE id = $1 AND status IN (${ACTIVE_STATUSES_SQL})
       RETURNING id`,
      recordReplyValues(taskId, reply, model, usage),
    );
    return rows.length > 0;
  }
}
