import { DataSource, MigrationExecutor } from 'typeorm';
import type { DatabaseConfig } from './database.config.js';
import { dataSourceOptions } from './data-source.options.js';
import { MIGRATION_LOCK } from './migrate.js';

export interface MigrationState {
  applied: string[];
  pending: string[];
}

/**
 * The app's migrations (not BullMQ's queue schema), under the advisory lock `runMigrations`
 * takes, so a listing or a revert never interleaves with a booting app's migration run.
 */
async function withLock<T>(
  config: Pick<DatabaseConfig, 'DATABASE_URL'>,
  work: (ds: DataSource) => Promise<T>,
): Promise<T> {
  const ds = new DataSource(
    dataSourceOptions({ DATABASE_URL: config.DATABASE_URL, DATABASE_POOL_SIZE: 2 }),
  );
  await ds.initialize();
  const runner = ds.createQueryRunner();
  try {
    await runner.connect();
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    return await work(ds);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
    await ds.destroy();
  }
}

async function state(ds: DataSource): Promise<MigrationState> {
  const executor = new MigrationExecutor(ds);
  // TypeORM lists executed migrations newest first.
  const applied = (await executor.getExecutedMigrations()).map((m) => m.name).reverse();
  const pending = (await executor.getPendingMigrations()).map((m) => m.name);
  return { applied, pending };
}

/** Applied (in order) and pending migrations. */
export function migrationState(
  config: Pick<DatabaseConfig, 'DATABASE_URL'>,
): Promise<MigrationState> {
  return withLock(config, state);
}

/** Reverts the last applied migration; its name, or null when none is applied. */
export function revertLastMigration(
  config: Pick<DatabaseConfig, 'DATABASE_URL'>,
): Promise<string | null> {
  return withLock(config, async (ds) => {
    const last = (await state(ds)).applied.at(-1);
    if (!last) return null;
    await ds.undoLastMigration({ transaction: 'each' });
    return last;
  });
}
