import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StatsDto } from './dto/stats.dto.js';

type Counts = Record<string, number>;

const PREFILTER = 'prefilter:%';

/**
 * Aggregates for GET /stats, in SQL so they stay cheap as tables grow. Sums are cast to
 * float8 because node-postgres returns bigint/numeric as strings.
 */
@Injectable()
export class StatsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async collect(since: Date, until: Date): Promise<Omit<StatsDto, 'window'>> {
    const w = [since, until];
    const [byStatus, categories, skipReasons, prefilter, usage, byModel, emails, failed] =
      await Promise.all([
        this.counts(
          `SELECT status AS k, count(*)::int AS n FROM processing_tasks WHERE created_at >= $1 AND created_at < $2 GROUP BY 1`,
          w,
        ),
        this.counts(
          `SELECT COALESCE(category, 'unclassified') AS k, count(*)::int AS n FROM ai_responses WHERE created_at >= $1 AND created_at < $2 GROUP BY 1`,
          w,
        ),
        this.counts(
          `SELECT skip_reason AS k, count(*)::int AS n FROM processing_tasks
          WHERE created_at >= $1 AND created_at < $2 AND status = 'skipped' AND skip_reason IS NOT NULL GROUP BY 1`,
          w,
        ),
        this.one<{ n: number }>(
          `SELECT count(*)::int AS n FROM processing_tasks t
          WHERE t.created_at >= $1 AND t.created_at < $2
            AND (t.skip_reason LIKE $3 OR EXISTS (SELECT 1 FROM ai_responses r WHERE r.task_id = t.id AND r.model_used LIKE $3))`,
          [...w, PREFILTER],
        ),
        this.one<{
          tokens: number;
          prompt: number;
          completion: number;
          cost: number;
          drafts: number;
        }>(
          `SELECT COALESCE(sum(tokens_used), 0)::float8 AS tokens, COALESCE(sum(prompt_tokens), 0)::float8 AS prompt,
                COALESCE(sum(completion_tokens), 0)::float8 AS completion, COALESCE(sum(cost_usd), 0)::float8 AS cost,
                count(*) FILTER (WHERE draft_state = 'created')::int AS drafts
           FROM ai_responses WHERE created_at >= $1 AND created_at < $2`,
          w,
        ),
        this.dataSource.query(
          `SELECT model_used AS model, count(*)::int AS responses, COALESCE(sum(tokens_used), 0)::float8 AS tokens_used,
                COALESCE(sum(cost_usd), 0)::float8 AS cost_usd
           FROM ai_responses
          WHERE created_at >= $1 AND created_at < $2 AND model_used IS NOT NULL AND model_used NOT LIKE $3
          GROUP BY model_used ORDER BY cost_usd DESC, model_used`,
          [...w, PREFILTER],
        ) as Promise<{ model: string; responses: number; tokens_used: number; cost_usd: number }[]>,
        this.one<{ n: number }>(
          `SELECT count(*)::int AS n FROM emails WHERE created_at >= $1 AND created_at < $2`,
          w,
        ),
        this.one<{ created: number; unresolved: number }>(
          `SELECT count(*) FILTER (WHERE created_at >= $1 AND created_at < $2)::int AS created,
                count(*) FILTER (WHERE resolved_at IS NULL)::int AS unresolved
           FROM failed_tasks`,
          w,
        ),
      ]);
    return {
      emails: emails.n,
      tasks: { total: sum(byStatus), by_status: byStatus },
      categories,
      skipped: { total: byStatus.skipped ?? 0, by_prefilter: prefilter.n, by_reason: skipReasons },
      llm: {
        tokens_used: usage.tokens,
        prompt_tokens: usage.prompt,
        completion_tokens: usage.completion,
        cost_usd: usage.cost,
        by_model: byModel,
      },
      drafts_created: usage.drafts,
      failed_tasks: failed,
    };
  }

  private async counts(sql: string, params: unknown[]): Promise<Counts> {
    const rows = (await this.dataSource.query(sql, params)) as { k: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.k, r.n]));
  }

  private async one<T>(sql: string, params: unknown[]): Promise<T> {
    const rows = (await this.dataSource.query(sql, params)) as T[];
    return rows[0];
  }
}

function sum(counts: Counts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}
