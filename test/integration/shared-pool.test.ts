import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFlatConfig } from '../support/config.js';
import { dataSourceOptions } from '../../src/core/database/data-source.options.js';
import { sharedPoolOf } from '../../src/core/database/shared-pool.js';
import { testEnv } from '../support/env.js';

/** Hand-written statements run on TypeORM's own pool, found through its public `driver` option. */
describe('shared pg pool', () => {
  const config = loadFlatConfig(testEnv({ DATABASE_POOL_SIZE: '3' }));
  let ds: DataSource;

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config)).initialize();
  });
  afterAll(async () => ds?.destroy());

  it('is the pool TypeORM queries through, with its session settings', async () => {
    const pool = sharedPoolOf(ds);
    expect(pool.options.max).toBe(3);
    // One TypeORM query holds a connection of that very pool while it runs.
    const [{ pid }] = (await ds.query('SELECT pg_backend_pid() AS pid')) as { pid: number }[];
    const seen = await pool.query<{ pid: number; tz: string; plan: string }>(
      `SELECT pg_backend_pid() AS pid, current_setting('timezone') AS tz,
              current_setting('plan_cache_mode') AS plan`,
    );
    expect(seen.rows[0]).toEqual({ pid, tz: 'UTC', plan: 'force_generic_plan' });
    expect(pool.totalCount).toBe(1);
  });

  it('refuses a DataSource built without it', () => {
    const bare = new DataSource({ type: 'postgres', url: config.DATABASE_URL });
    expect(() => sharedPoolOf(bare)).toThrow(/no shared pg pool/);
  });
});
