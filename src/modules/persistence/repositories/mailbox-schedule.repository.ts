import { Inject, Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import { type Executor, KYSELY } from '../database/database.js';

/** Periodic per-mailbox work, each with its own due-time column on `mailboxes`. */
export type PeriodicJob = 'sync' | 'watch' | 'feedback';

const DUE_COLUMN = {
  sync: 'syncDueAt',
  watch: 'watchDueAt',
  feedback: 'feedbackDueAt',
} as const;

export interface DueMailbox {
  id: string;
  /** When it was due (the phase it keeps: the next due time is a whole number of periods later). */
  dueAt: Date;
}

/**
 * Due times of the fleet's periodic work (safety-net sync, watch renewal, draft-outcome sweep),
 * so that a scheduler tick touches only the mailboxes due now instead of every mailbox at once.
 * Each mailbox keeps a phase within the period, drawn at random when it is first placed: mailboxes connected together
 * (a bulk import) still spread evenly, and claiming moves a due time forward by whole periods, so
 * a catch-up after downtime keeps the spread instead of piling everything onto the next tick.
 * Claims lock with SKIP LOCKED: two replicas never claim the same mailbox.
 */
@Injectable()
export class MailboxScheduleRepository {
  constructor(@Inject(KYSELY) private readonly db: Executor) {}

  /** Gives active mailboxes without a due time a random phase within the period; returns how many. */
  async place(job: PeriodicJob, periodSeconds: number, db: Executor = this.db): Promise<number> {
    const column = DUE_COLUMN[job];
    const result = await db
      .updateTable('mailboxes')
      .set({ [column]: sql<Date>`now() + random() * make_interval(secs => ${periodSeconds})` })
      .where('status', '=', 'active')
      .where(column, 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /**
   * Claims up to `limit` active mailboxes due within `horizonMs` from now, earliest first, and
   * moves each due time to its next future slot (same phase, whole periods later).
   */
  async claimDue(
    job: PeriodicJob,
    periodSeconds: number,
    horizonMs: number,
    limit: number,
    db: Executor = this.db,
  ): Promise<DueMailbox[]> {
    const column = DUE_COLUMN[job];
    const rows = await db
      .with('due', (q) =>
        q
          .selectFrom('mailboxes')
          .select(['id', `${column} as dueAt`])
          .where('status', '=', 'active')
          .where(column, '<=', sql<Date>`now() + make_interval(secs => ${horizonMs} / 1000.0)`)
          .orderBy(column)
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .updateTable('mailboxes as m')
      .from('due')
      .set({
        [column]: sql<Date>`due.due_at + make_interval(secs => ${periodSeconds} *
          (floor(greatest(0, extract(epoch FROM now() - due.due_at)) / ${periodSeconds}) + 1))`,
      })
      .whereRef('m.id', '=', 'due.id')
      .returning(['m.id', 'due.dueAt'])
      // The WHERE above compared dueAt with a time: it is never null here.
      .$narrowType<{ dueAt: Date }>()
      .execute();
    return rows
      .map((r) => ({ id: r.id, dueAt: r.dueAt }))
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  }

  /** The soonest watch expiry among active mailboxes (a gauge), without loading the mailboxes. */
  async earliestWatchExpiry(db: Executor = this.db): Promise<Date | null> {
    const row = await db
      .selectFrom('mailboxes')
      .select((eb) => eb.fn.min('watchExpiresAt').as('t'))
      .where('status', '=', 'active')
      .executeTakeFirst();
    return row?.t ?? null;
  }
}
