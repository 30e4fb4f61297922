import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, Repository } from 'typeorm';
import { AiResponseEntity } from '../entities/ai-response.entity.js';
import { PreparedStatements } from './prepared-statements.js';
import { RowMapper } from './row-mapper.js';

/** SQL recording a created draft; placeholders given so a larger statement can embed it. */
export const recordDraftSql = (taskId: string, draftId: string, messageId: string): string =>
  `UPDATE ai_responses SET draft_id = ${draftId}, draft_message_id = ${messageId}, draft_state = 'created', updated_at = now() WHERE task_id = ${taskId}`;

/** SQL adding the reply and its usage (placeholders $1 task id, $2–$7 as in recordReplyValues). */
export const RECORD_REPLY_SQL = `UPDATE ai_responses
    SET generated_reply = $2, reply_generated_at = now(), reply_model_used = $3, tokens_used = tokens_used + $4,
        prompt_tokens = prompt_tokens + $5, completion_tokens = completion_tokens + $6,
        cost_usd = cost_usd + $7, updated_at = now()
  WHERE task_id = $1`;

export function recordReplyValues(
  taskId: string,
  reply: string,
  model: string,
  usage: Usage,
): unknown[] {
  return [
    taskId,
    reply,
    model,
    Math.trunc(usage.promptTokens + usage.completionTokens),
    Math.trunc(usage.promptTokens),
    Math.trunc(usage.completionTokens),
    Number(usage.costUsd) || 0,
  ];
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
}

export interface Classification {
  category: string;
  confidence: number;
  reasoning: string | null;
  modelUsed: string;
  usage: Usage;
}

/** SQL storing (on a re-run: overwriting) a classification; $1 task id, $2 email id, $3–$10 as in classificationValues. */
export const UPSERT_CLASSIFICATION_SQL = `INSERT INTO ai_responses (task_id, email_id, mailbox_id, category, confidence, reasoning, model_used, tokens_used, prompt_tokens, completion_tokens, cost_usd)
       VALUES ($1, $2, (SELECT mailbox_id FROM emails WHERE id = $2), $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (task_id) DO UPDATE SET
         category = EXCLUDED.category, confidence = EXCLUDED.confidence, reasoning = EXCLUDED.reasoning,
         model_used = EXCLUDED.model_used, tokens_used = EXCLUDED.tokens_used, prompt_tokens = EXCLUDED.prompt_tokens,
         completion_tokens = EXCLUDED.completion_tokens, cost_usd = EXCLUDED.cost_usd, updated_at = now()`;

export function classificationValues(
  taskId: string,
  emailId: number,
  c: Classification,
): unknown[] {
  return [
    taskId,
    emailId,
    c.category,
    c.confidence,
    c.reasoning?.slice(0, 2000) ?? null,
    c.modelUsed,
    c.usage.promptTokens + c.usage.completionTokens,
    c.usage.promptTokens,
    c.usage.completionTokens,
    c.usage.costUsd,
  ];
}

@Injectable()
export class AiResponseRepository {
  // The pipeline's statements are prepared SQL (see PreparedStatements); the rest uses TypeORM.
  private readonly sql: PreparedStatements;
  private readonly row: RowMapper<AiResponseEntity>;

  constructor(
    @InjectRepository(AiResponseEntity) private readonly repo: Repository<AiResponseEntity>,
    @InjectDataSource() dataSource: DataSource,
  ) {
    this.sql = new PreparedStatements(dataSource);
    this.row = new RowMapper(dataSource, AiResponseEntity, 'r');
  }

  async findByTask(taskId: string): Promise<AiResponseEntity | null> {
    const rows = await this.sql.query(
      'response_by_task',
      `SELECT ${this.row.select()} FROM ai_responses r WHERE r.task_id = $1`,
      [taskId],
    );
    return rows[0] ? this.row.map(rows[0]) : null;
  }

  listForEmail(emailId: number): Promise<AiResponseEntity[]> {
    return this.repo.find({ where: { emailId }, order: { createdAt: 'ASC' } });
  }

  /** Stores (or on a re-run, overwrites) the classification of a task. */
  async recordClassification(
    input: Classification & { taskId: string; emailId: number },
  ): Promise<void> {
    await this.sql.query(
      'response_classification',
      UPSERT_CLASSIFICATION_SQL,
      classificationValues(input.taskId, input.emailId, input),
    );
  }

  /** Adds the reply and its token usage on top of the classification's. */
  async recordReply(taskId: string, reply: string, model: string, usage: Usage): Promise<void> {
    await this.sql.query(
      'response_reply',
      RECORD_REPLY_SQL,
      recordReplyValues(taskId, reply, model, usage),
    );
  }

  async recordDraft(taskId: string, draftId: string, draftMessageId: string): Promise<void> {
    await this.sql.query('response_draft', recordDraftSql('$1', '$2', '$3'), [
      taskId,
      draftId,
      draftMessageId,
    ]);
  }

  /**
   * The newest AI draft recorded by another task in the same thread (an earlier message, or an
   * earlier run of the same message before a forced reprocess): one AI draft per thread.
   */
  async latestDraftInThread(
    mailboxId: string,
    threadId: string,
    excludeTaskId: string,
  ): Promise<AiResponseEntity | null> {
    const rows = await this.sql.query(
      'response_latest_in_thread',
      `SELECT ${this.row.select()} FROM ai_responses r JOIN emails e ON e.id = r.email_id
        WHERE e.mailbox_id = $1 AND e.thread_id = $2 AND r.task_id <> $3
          AND r.draft_state = 'created' AND r.draft_id IS NOT NULL
        ORDER BY r.updated_at DESC LIMIT 1`,
      [mailboxId, threadId, excludeTaskId],
    );
    return rows[0] ? this.row.map(rows[0]) : null;
  }

  /** Marks an earlier draft as handed over to a newer email's run (it was replaced in place). */
  async releaseDraft(id: number): Promise<void> {
    await this.repo.update({ id }, { draftState: 'none', draftId: null });
  }

  /** Replies written for a mailbox since `since` (the daily draft cap). */
  async countDraftsSince(mailboxId: string, since: Date): Promise<number> {
    const rows = await this.sql.query<{ n: number }>(
      'response_drafts_since',
      `SELECT count(*)::int AS n FROM ai_responses r WHERE r.mailbox_id = $1 AND r.reply_generated_at >= $2`,
      [mailboxId, since],
    );
    return rows[0]?.n ?? 0;
  }

  countWithDraft(): Promise<number> {
    return this.repo.countBy({ draftId: Not(IsNull()) });
  }
}
