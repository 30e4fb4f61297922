import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFlatConfig } from '../support/config.js';
import { dataSourceOptions } from '../../src/core/database/data-source.options.js';
import { runMigrations } from '../../src/core/database/migrate.js';
import { ENTITIES } from '../../src/modules/persistence/entities/index.js';
import { kyselyOver } from '../../src/modules/persistence/database/database.js';
import { MailboxScheduleRepository } from '../../src/modules/persistence/repositories/mailbox-schedule.repository.js';
import { testEnv } from '../support/env.js';
import { scratchDatabase } from '../support/sql.js';

const DAY = 86_400;
const FLEET = 2_000;
const BINS = 10;

/**
 * The fleet's periodic work is spread per mailbox over its period (real PostgreSQL, a database of
 * its own: placing and claiming act on every mailbox).
 */
describe('mailbox schedule (due times per mailbox)', () => {
  const db = scratchDatabase('eas_schedule');
  let ds: DataSource;
  let schedule: MailboxScheduleRepository;

  beforeAll(async () => {
    await db.create();
    const config = loadFlatConfig(testEnv({ DATABASE_URL: db.url() }));
    await runMigrations(config);
    ds = await new DataSource(dataSourceOptions(config, ENTITIES)).initialize();
    schedule = new MailboxScheduleRepository(kyselyOver(ds));
    await ds.query(
      `INSERT INTO mailboxes (email_address, status)
       SELECT 'fleet' || g || '@schedule.example', CASE WHEN g <= $1 THEN 'active' ELSE 'paused' END
         FROM generate_series(1, $1 + 10) g`,
      [FLEET],
    );
  });
  afterAll(async () => {
    await ds?.destroy();
    await db.drop();
  });

  const dueTimes = async (column: 'sync_due_at' | 'watch_due_at') =>
    (
      await ds.query<{ s: number | null }[]>(
        `SELECT extract(epoch FROM ${column} - now())::float8 AS s FROM mailboxes WHERE status = 'active'`,
      )
    ).map((r) => r.s);

  it('places every active mailbox once, spread evenly over the period (no herd), paused ones not', async () => {
    expect(await schedule.place('sync', DAY)).toBe(FLEET);
    expect(await schedule.place('sync', DAY)).toBe(0);
    const offsets = await dueTimes('sync_due_at');
    const bins = new Array<number>(BINS).fill(0);
    for (const s of offsets) {
      expect(s).not.toBeNull();
      expect(s!).toBeGreaterThan(-5);
      expect(s!).toBeLessThan(DAY);
      bins[Math.min(BINS - 1, Math.max(0, Math.floor((s! / DAY) * BINS)))]++;
    }
    // A uniform draw puts FLEET / BINS in each bin give or take a few dozen; a herd fills one.
    for (const n of bins) expect(Math.abs(n - FLEET / BINS)).toBeLessThan(70);
    const [paused] = await ds.query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM mailboxes WHERE status = 'paused' AND sync_due_at IS NOT NULL`,
    );
    expect(paused!.n).toBe(0);
  });

  it('claims only what is due, earliest first, in batches, and moves each to its next slot in phase', async () => {
    // 100 mailboxes overdue by several periods of 60 s, at distinct phases.
    await ds.query(
      `UPDATE mailboxes SET sync_due_at = now() - make_interval(secs => 250 + n)
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM mailboxes WHERE status = 'active' LIMIT 100) o
        WHERE mailboxes.id = o.id`,
    );
    const before = new Map(
      (
        await ds.query<{ id: string; due: Date }[]>(
          `SELECT id::text AS id, sync_due_at AS due FROM mailboxes WHERE sync_due_at < now()`,
        )
      ).map((r) => [r.id, r.due.getTime()]),
    );
    expect(before.size).toBe(100);
    const first = await schedule.claimDue('sync', 60, 0, 60);
    const second = await schedule.claimDue('sync', 60, 0, 60);
    expect(first).toHaveLength(60);
    expect(second).toHaveLength(40);
    expect(await schedule.claimDue('sync', 60, 0, 60)).toEqual([]);
    const claimed = [...first, ...second];
    expect(new Set(claimed.map((c) => c.id))).toEqual(new Set(before.keys()));
    // Earliest first: nothing in the second batch was due before the first batch's last.
    expect(second[0]!.dueAt.getTime()).toBeGreaterThanOrEqual(first[59]!.dueAt.getTime());
    const after = await ds.query<{ id: string; due: Date; now: Date }[]>(
      `SELECT id::text AS id, sync_due_at AS due, now() AS now FROM mailboxes WHERE id = ANY($1::uuid[])`,
      [claimed.map((c) => c.id)],
    );
    for (const row of after) {
      const shift = (row.due.getTime() - before.get(row.id)!) / 1000;
      // Whole periods later (same phase), the first such slot in the future.
      expect(shift % 60).toBeCloseTo(0, 3);
      expect(row.due.getTime()).toBeGreaterThan(row.now.getTime() - 1000);
      expect(row.due.getTime() - 60_000).toBeLessThanOrEqual(row.now.getTime());
    }
  });

  it('never hands the same mailbox to two concurrent claims', async () => {
    await ds.query(
      `UPDATE mailboxes SET watch_due_at = now() - make_interval(secs => random() * 100)
        WHERE status = 'active'`,
    );
    const runs = await Promise.all(
      Array.from({ length: 4 }, () => schedule.claimDue('watch', DAY, 0, 300)),
    );
    const ids = runs.flat().map((m) => m.id);
    expect(ids).toHaveLength(1_200);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('reads the earliest watch expiry of active mailboxes as one aggregate', async () => {
    await ds.query(`UPDATE mailboxes SET watch_expires_at = now() + interval '3 days'`);
    await ds.query(
      `UPDATE mailboxes SET watch_expires_at = '2030-01-01T00:00:00Z'::timestamptz - interval '9 years'
        WHERE id = (SELECT id FROM mailboxes WHERE status = 'paused' LIMIT 1)`,
    );
    const soonest = await ds.query<{ t: Date }[]>(
      `SELECT min(watch_expires_at) AS t FROM mailboxes WHERE status = 'active'`,
    );
    expect(await schedule.earliestWatchExpiry()).toEqual(soonest[0]!.t);
    expect((await schedule.earliestWatchExpiry())!.getTime()).toBeGreaterThan(Date.now());
  });
});
