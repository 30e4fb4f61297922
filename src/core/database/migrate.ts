import { DataSource } from 'typeorm';
import type { QueueConfig } from '../queue/queue.config.js';
import type { DatabaseConfig } from './database.config.js';
import { migrateQueueSchema } from '../queue/queue-backend.js';
import { dataSourceOptions } from './data-source.options.js';

// Arbitrary constant: every process that migrates takes the same advisory lock.
export const MIGRATION_LOCK = 7_351_214;

/**
 * Runs pending migrations under a Postgres advisory lock, so api and worker pods booting at once
 * (or a migrations Job racing an app) apply each migration exactly once. Without REDIS_URL the
 * queues live in Postgres too, and BullMQ's own schema is brought up to date here as well.
 */
export async function runMigrations(
  config: Pick<DatabaseConfig, 'DATABASE_URL'> & Pick<QueueConfig, 'REDIS_URL' | 'QUEUE_PREFIX'>,
): Promise<string[]> {
  const applied = await runAppMigrations(config);
  await migrateQueueSchema(config);
  return applied;
}

async function runAppMigrations(config: Pick<DatabaseConfig, 'DATABASE_URL'>): Promise<string[]> {
  const ds = new DataSource({
    ...dataSourceOptions({ DATABASE_URL: config.DATABASE_URL, DATABASE_POOL_SIZE: 2 }),
  });
  await ds.initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await ds.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await ds.destroy();
  }
}
