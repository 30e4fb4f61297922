import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { QueueConfig } from '../queue/queue.config.js';
import { withTimeout } from '../redis/redis.service.js';
import { Coordination } from './coordination.port.js';

/**
 * Coordination without Redis: one row per lock or heartbeat in `coordination_leases`, in the
 * app's database. Time is the database's clock (clock_timestamp()), so processes with skewed
 * clocks agree on expiry, as they do with Redis' PX. A lock is an upsert that only overwrites
 * an expired row, so exactly one caller wins; nothing is held open between calls.
 */
@Injectable()
export class PostgresCoordination extends Coordination {
  readonly store = 'postgres' as const;
  private readonly prefix: string;

  constructor(
    private readonly db: DataSource,
    config: QueueConfig,
  ) {
    super();
    this.prefix = config.QUEUE_PREFIX;
  }

  private name(...parts: string[]): string {
    return [this.prefix, ...parts].join(':');
  }

  async ping(timeoutMs = 1_500): Promise<boolean> {
    try {
      await withTimeout(this.db.query('SELECT 1'), timeoutMs);
      return true;
    } catch {
      return false;
    }
  }

  protected async acquire(name: string, ttlMs: number): Promise<string | null> {
    const holder = `${process.pid}-${randomUUID()}`;
    const rows: unknown[] = await this.db.query(
      `INSERT INTO coordination_leases (name, holder, touched_at, expires_at)
       VALUES ($1, $2, clock_timestamp(), clock_timestamp() + $3 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, touched_at = EXCLUDED.touched_at, expires_at = EXCLUDED.expires_at
       WHERE coordination_leases.expires_at <= clock_timestamp()
       RETURNING holder`,
      [this.name('lock', name), holder, ttlMs],
    );
    return rows.length ? holder : null;
  }

  protected async extend(name: string, holder: string, ttlMs: number): Promise<boolean> {
    // Not once expired: with Redis the key is gone then, and someone may hold it already. A
    // SELECT around the UPDATE: TypeORM answers an UPDATE with [rows, count], a SELECT with rows.
    const rows: unknown[] = await this.db.query(
      `WITH extended AS (
         UPDATE coordination_leases
            SET touched_at = clock_timestamp(), expires_at = clock_timestamp() + $3 * interval '1 millisecond'
          WHERE name = $1 AND holder = $2 AND expires_at > clock_timestamp()
         RETURNING name)
       SELECT name FROM extended`,
      [this.name('lock', name), holder, ttlMs],
    );
    return rows.length > 0;
  }

  protected async free(name: string, holder: string): Promise<void> {
    // Only our own lock: it may have expired and been taken by someone else meanwhile.
    await this.db.query('DELETE FROM coordination_leases WHERE name = $1 AND holder = $2', [
      this.name('lock', name),
      holder,
    ]);
  }

  async beat(member: string, ttlMs: number): Promise<void> {
    await this.db.query(
      `INSERT INTO coordination_leases (name, holder, touched_at, expires_at)
       VALUES ($1, $2, clock_timestamp(), clock_timestamp() + $3 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET touched_at = EXCLUDED.touched_at, expires_at = EXCLUDED.expires_at`,
      [this.name('worker', member), member, ttlMs],
    );
  }

  async leave(member: string): Promise<void> {
    await this.db.query('DELETE FROM coordination_leases WHERE name = $1', [
      this.name('worker', member),
    ]);
  }

  async countLive(ttlMs: number): Promise<number> {
    // Expired locks and heartbeats of crashed processes are swept here, as Redis' TTLs would.
    await this.db.query(
      "DELETE FROM coordination_leases WHERE expires_at < clock_timestamp() - interval '1 minute'",
    );
    const rows: { n: number }[] = await this.db.query(
      `SELECT count(*)::int AS n FROM coordination_leases
        WHERE starts_with(name, $1) AND touched_at > clock_timestamp() - $2 * interval '1 millisecond'`,
      [`${this.name('worker')}:`, ttlMs],
    );
    return rows[0]?.n ?? 0;
  }

  async setMarker(name: string): Promise<boolean> {
    // 'infinity': never swept by countLive's clean-up of expired rows.
    const rows: unknown[] = await this.db.query(
      `INSERT INTO coordination_leases (name, holder, touched_at, expires_at)
       VALUES ($1, $2, clock_timestamp(), 'infinity')
       ON CONFLICT (name) DO NOTHING
       RETURNING name`,
      [this.name('marker', name), `${process.pid}`],
    );
    return rows.length > 0;
  }
}
