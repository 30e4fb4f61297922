import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PreparedStatements } from './prepared-statements.js';

/** Periodic per-mailbox work, each with its own due-time column on `mailboxes`. */
export type PeriodicJob = 'sync' | 'watch';

export interface DueMailbox {
  id: string;
  /** When it was due (the phase it keeps: the next due time is a whole number of periods later). */
  dueAt: Date;
}

/**
 * Due times of the fleet's periodic work (safety-net sync, watch renewal), so that a scheduler
 * tick touches only the mailboxes due now instead of every mailbox at once. Each mailbox keeps a
 * phase within the period, drawn at random when it is first placed: mailboxes connected together
 * (a bulk import) still spread evenly, and claiming moves a due time forward by whole periods, so
 * a catch-up after downtime keeps the spread instead of piling everything onto the next tick.
 * Claims lock with SKIP LOCKED: two replicas never claim the same mailbox.
 */
@Injectable()
export class MailboxScheduleRepository {
  private readonly sql: PreparedStatements;

  constructor(@InjectDataSource() dataSource: DataSource) {
    this.sql = new PreparedStatements(dataSource);
  }

  /** Gives active mailboxes without a due time a random phase within the period; returns how many. */
  async place(job: PeriodicJob, periodSeconds: number): Promise<number> {
    const rows = await this.sql.query(
      `mailbox_place_${job}`,
      job === 'sync'
        ? `UPDATE mailboxes SET sync_due_at = now() + random() * make_interval(secs => $1)
            WHERE status = 'active' AND sync_due_at IS NULL RETURNING 1`
        : `UPDATE mailboxes SET watch_due_at = now() + random() * make_interval(secs => $1)
            WHERE status = 'active' AND watch_due_at IS NULL RETURNING 1`,
      [periodSeconds],
    );
    return rows.length;
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
  ): Promise<DueMailbox[]> {
    const rows = await this.sql.query<{ id: string; due_at: Date }>(
      `mailbox_claim_${job}`,
      job === 'sync'
        ? `WITH due AS (
             SELECT id, sync_due_at AS due_at FROM mailboxes
              WHERE status = 'active' AND sync_due_at <= now() + make_interval(secs => $2 / 1000.0)
              ORDER BY sync_due_at LIMIT $3 FOR UPDATE SKIP LOCKED)
           UPDATE mailboxes m
              SET sync_due_at = due.due_at + make_interval(secs => $1 *
                    (floor(greatest(0, extract(epoch FROM now() - due.due_at)) / $1) + 1))
             FROM due WHERE m.id = due.id
           RETURNING m.id::text AS id, due.due_at`
        : `WITH due AS (
             SELECT id, watch_due_at AS due_at FROM mailboxes
              WHERE status = 'active' AND watch_due_at <= now() + make_interval(secs => $2 / 1000.0)
              ORDER BY watch_due_at LIMIT $3 FOR UPDATE SKIP LOCKED)
           UPDATE mailboxes m
              SET watch_due_at = due.due_at + make_interval(secs => $1 *
                    (floor(greatest(0, extract(epoch FROM now() - due.due_at)) / $1) + 1))
             FROM due WHERE m.id = due.id
           RETURNING m.id::text AS id, due.due_at`,
      [periodSeconds, horizonMs, limit],
    );
    return rows
      .map((r) => ({ id: r.id, dueAt: r.due_at }))
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  }

  /** The soonest watch expiry among active mailboxes (a gauge), without loading the mailboxes. */
  async earliestWatchExpiry(): Promise<Date | null> {
    const [row] = await this.sql.query<{ t: Date | null }>(
      'mailbox_earliest_watch_expiry',
      `SELECT min(watch_expires_at) AS t FROM mailboxes WHERE status = 'active'`,
      [],
    );
    return row?.t ?? null;
  }
}
