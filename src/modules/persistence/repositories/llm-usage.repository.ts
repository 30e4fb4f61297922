import { Inject, Injectable } from '@nestjs/common';
import { type Executor, KYSELY, now } from '../database/database.js';
import { CompiledStatement } from '../database/compiled-statement.js';

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

type ReserveParams = {
  mailboxId: string;
  day: string;
  calls: number;
  /** The tokens cap as text: the column is a bigint (pg reads those as strings). */
  tokens: string;
  callsOff: boolean;
  tokensOff: boolean;
};

/** The daily LLM budget's counter rows (llm_usage_daily), one per mailbox and UTC day. */
@Injectable()
export class LlmUsageRepository {
  // Compiled once (see CompiledStatement): it runs before every LLM call.
  private readonly reserve = new CompiledStatement((db, p: ReserveParams) =>
    db
      .insertInto('llmUsageDaily')
      .values({ mailboxId: p.mailboxId, day: p.day, calls: 1 })
      .onConflict((oc) =>
        oc
          .columns(['mailboxId', 'day'])
          .doUpdateSet((eb) => ({ calls: eb('llmUsageDaily.calls', '+', 1), updatedAt: now() }))
          .where((eb) =>
            eb.and([
              eb.or([eb.val(p.callsOff), eb('llmUsageDaily.calls', '<', p.calls)]),
              eb.or([eb.val(p.tokensOff), eb('llmUsageDaily.tokens', '<', p.tokens)]),
            ]),
          ),
      )
      .returning('calls'),
  );

  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  /**
   * Counts one LLM call for the mailbox's day if it is still under its caps; false when a cap is
   * reached (nothing counted). One statement: ON CONFLICT DO UPDATE locks the day's row and
   * re-checks the caps against its latest version, so concurrent workers never grant more than
   * the cap. The first call of a day inserts the row (a cap is at least 1 when it is on).
   */
  async reserveCall(
    mailboxId: string,
    day: string,
    caps: LlmCaps,
    db: Executor = this.db,
  ): Promise<boolean> {
    const rows = await this.reserve.rows(db, {
      mailboxId,
      day,
      calls: caps.calls,
      tokens: String(caps.tokens),
      callsOff: caps.calls === 0,
      tokensOff: caps.tokens === 0,
    });
    return rows.length > 0;
  }

  /** Adds a finished call's tokens to the day it was reserved on. */
  async addTokens(
    mailboxId: string,
    day: string,
    tokens: number,
    db: Executor = this.db,
  ): Promise<void> {
    await db
      .updateTable('llmUsageDaily')
      .set((eb) => ({ tokens: eb('tokens', '+', String(tokens)), updatedAt: now() }))
      .where('mailboxId', '=', mailboxId)
      .where('day', '=', day)
      .execute();
  }

  /** The mailbox's spend on a day (zeros when it spent nothing). Admin and tests; not hot. */
  async usage(mailboxId: string, day: string, db: Executor = this.db): Promise<LlmUsageDay> {
    const row = await db
      .selectFrom('llmUsageDaily')
      .select(['calls', 'tokens'])
      .where('mailboxId', '=', mailboxId)
      .where('day', '=', day)
      .executeTakeFirst();
    return row ? { calls: row.calls, tokens: Number(row.tokens) } : { calls: 0, tokens: 0 };
  }
}
