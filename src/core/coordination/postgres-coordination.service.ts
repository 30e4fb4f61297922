import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { QueueConfig } from '../queue/queue.config.js';
import { withTimeout } from '../redis/redis.service.js';
import { Coordination, LockRelease } from './coordination.port.js';

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

  async tryLock(name: string, ttlMs: number): Promise<LockRelease | null> {
    const key = this.name('lock', name);
    const holder = `${process.pid}-${randomUUID()}`;
    const rows: unknown[] = await this.db.query(
      `INSERT INTO coordination_leases (name, holder, touched_at, expires_at)
       VALUES ($1, $2, clock_timestamp(), clock_timestamp() + $3 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET holder = EXCLUDED.holder, touched_at = EXCLUDED.touched_at, expires_at = EXCLUDED.expires_at
       WHERE coordination_leases.expires_at <= clock_timestamp()
       RETURNING holder`,
      [key, holder, ttlMs],
    );
    if (rows.length === 0) return null;
    return async () => {
      // Only our own lock: it may have expired and been taken by someone else meanwhile.
      await this.db.query('DELETE FROM coordination_leases WHERE name = $1 AND holder = $2', [
        key,
        holder,
      ]);
    };
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
