import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PreparedStatements } from './prepared-statements.js';

/** A mailbox's daily LLM caps; 0 = that cap is off. */
export interface LlmCaps {
  calls: number;
  tokens: number;
}

/** One mailbox's LLM spend on one UTC day (`day` is 'YYYY-MM-DD'). */
export interface LlmUsageDay {
  calls: number;
  tokens: number;
}

/**
 * The daily LLM budget's counter rows (llm_usage_daily). Both statements touch one row by its
 * primary key, prepared: they run before and after every pipeline LLM call.
 */
@Injectable()
export class LlmUsageRepository {
  private readonly sql: PreparedStatements;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.sql = new PreparedStatements(dataSource);
  }

  /**
   * Counts one LLM call for the mailbox's day if it is still under its caps; false when a cap is
   * reached (nothing counted). One statement: ON CONFLICT DO UPDATE locks the day's row and
   * re-checks the caps against its latest version, so concurrent workers never grant more than
   * the cap. The first call of a day inserts the row (a cap is at least 1 when it is on).
   */
  async reserveCall(mailboxId: string, day: string, caps: LlmCaps): Promise<boolean> {
    const rows = await this.sql.query(
      'llm_usage_reserve_call',
      `INSERT INTO llm_usage_daily AS u (mailbox_id, day, calls) VALUES ($1, $2::date, 1)
       ON CONFLICT (mailbox_id, day) DO UPDATE SET calls = u.calls + 1, updated_at = now()
        WHERE ($3::int = 0 OR u.calls < $3::int) AND ($4::bigint = 0 OR u.tokens < $4::bigint)
       RETURNING u.calls`,
      [mailboxId, day, caps.calls, caps.tokens],
    );
    return rows.length > 0;
  }

  /** Adds a finished call's tokens to the day it was reserved on. */
  async addTokens(mailboxId: string, day: string, tokens: number): Promise<void> {
    await this.sql.query(
      'llm_usage_add_tokens',
      `UPDATE llm_usage_daily SET tokens = tokens + $3::bigint, updated_at = now()
        WHERE mailbox_id = $1 AND day = $2::date`,
      [mailboxId, day, tokens],
    );
  }

  /** The mailbox's spend on a day (zeros when it spent nothing). Admin and tests; not hot. */
  async usage(mailboxId: string, day: string): Promise<LlmUsageDay> {
    const rows: { calls: number; tokens: string }[] = await this.dataSource.query(
      'SELECT calls, tokens FROM llm_usage_daily WHERE mailbox_id = $1 AND day = $2::date',
      [mailboxId, day],
    );
    return rows[0]
      ? { calls: rows[0].calls, tokens: Number(rows[0].tokens) }
      : { calls: 0, tokens: 0 };
  }
}
