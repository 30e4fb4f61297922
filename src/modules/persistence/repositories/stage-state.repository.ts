import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AiResponseEntity } from '../entities/ai-response.entity';
import { EmailEntity } from '../entities/email.entity';
import { MailboxEntity } from '../entities/mailbox.entity';
import { ProcessingTaskEntity, TaskStage } from '../entities/processing-task.entity';
import { RECORD_REPLY_SQL, recordDraftSql, recordReplyValues, Usage } from './ai-response.repository';
import { PreparedStatements } from './prepared-statements';
import { RowMapper } from './row-mapper';

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
  private readonly claimSql: string;
  private readonly sql: PreparedStatements;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.sql = new PreparedStatements(dataSource);
    this.t = new RowMapper(dataSource, ProcessingTaskEntity, 't');
    this.e = new RowMapper(dataSource, EmailEntity, 'e');
    this.m = new RowMapper(dataSource, MailboxEntity, 'm');
    this.r = new RowMapper(dataSource, AiResponseEntity, 'r');
    // Claims only a live task of an active mailbox; `prev` keeps the stage it had before.
    this.claimSql = `
      WITH prev AS (
        SELECT t.id, t.stage FROM processing_tasks t
          JOIN emails e ON e.id = t.email_id
          JOIN mailboxes m ON m.id = e.mailbox_id
         WHERE t.id = $1 AND t.status IN ('pending', 'processing') AND m.status = 'active'
      ), claimed AS (
        UPDATE processing_tasks t SET status = 'processing', stage = $2, updated_at = now()
          FROM prev
         WHERE t.id = prev.id AND t.status IN ('pending', 'processing')
        RETURNING t.*, prev.stage AS previous_stage
      )
      SELECT ${this.t.select()}, t.previous_stage AS previous_stage,
             ${this.e.select()}, ${this.m.select()}, m.encrypted_refresh_token AS encrypted_refresh_token,
             ${this.r.select()}
        FROM claimed t
        JOIN emails e ON e.id = t.email_id
        JOIN mailboxes m ON m.id = e.mailbox_id
        LEFT JOIN ai_responses r ON r.task_id = t.id`;
  }

  /**
   * Marks a live task as being worked on by `stage` and returns everything the stage needs.
   * Null when the task is finished, missing, or its mailbox is not active (nothing changed then).
   */
  async claim(taskId: string, stage: TaskStage): Promise<ClaimedStage | null> {
    const rows = await this.sql.query('stage_claim', this.claimSql, [taskId, stage]);
    const row = rows[0];
    if (!row) return null;
    return {
      task: this.t.map(row) as ProcessingTaskEntity,
      previousStage: row.previous_stage as TaskStage,
      email: this.e.map(row) as EmailEntity,
      mailbox: this.m.map(row) as MailboxEntity,
      encryptedRefreshToken: (row.encrypted_refresh_token as string | null) ?? null,
      response: this.r.map(row),
    };
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
      `WITH done AS (
         UPDATE processing_tasks
            SET status = $3, stage = COALESCE($4, stage), skip_reason = $5, error_message = NULL,
                completed_at = now(), updated_at = now()
          WHERE id = $1 AND status IN ('pending', 'processing')
         RETURNING id
       ), dead AS (
         UPDATE failed_tasks SET resolved_at = now()
          WHERE task_id = $1 AND resolved_at IS NULL AND EXISTS (SELECT 1 FROM done)
       ), email AS (
         UPDATE emails SET processed = true WHERE id = $2 AND EXISTS (SELECT 1 FROM done)
       ), draft AS (
         ${recordDraftSql('$1', '$6', '$7')} AND $6::text IS NOT NULL
       )
       SELECT id FROM done`,
      [input.taskId, input.emailId, input.status, input.stage ?? null, input.skipReason ?? null, input.draft?.draftId ?? null, input.draft?.messageId ?? null],
    );
    return rows.length > 0;
  }

  /** Records the generated reply and moves a live task on to `reply_generated`, in one statement. */
  async replyGenerated(taskId: string, reply: string, model: string, usage: Usage): Promise<boolean> {
    const rows = await this.sql.query(
      'stage_reply_generated',
      `WITH reply AS (${RECORD_REPLY_SQL})
       UPDATE processing_tasks SET stage = 'reply_generated', updated_at = now()
        WHERE id = $1 AND status IN ('pending', 'processing')
       RETURNING id`,
      recordReplyValues(taskId, reply, model, usage),
    );
    return rows.length > 0;
  }
}
