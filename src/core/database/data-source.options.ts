import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { MIGRATIONS } from '../../../migrations/index.js';
import type { DatabaseConfig } from './database.config.js';
import { poolSharingPg } from './shared-pool.js';

/**
 * The one DataSource definition, shared by the app (TypeOrmModule) and the migration CLI.
 * Migrations are imported as classes rather than globbed so they load the same way from
 * ts (tests) and js (dist). The entities are the persistence module's to give (core knows no
 * feature); the migration runner needs none.
 */
export function dataSourceOptions(
  config: Pick<DatabaseConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>,
  entities: MixedList<string | EntitySchema | (new () => unknown)> = [],
): DataSourceOptions {
  return {
    type: 'postgres',
    // gen_random_uuid() is built into PostgreSQL 13+, no extension to install.
    uuidExtension: 'pgcrypto',
    url: requireDatabaseUrl(config),
    // Hand-written statements use this pool too (sharedPoolOf).
    driver: poolSharingPg(),
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    // Timestamps are timestamptz everywhere; pin the session to UTC so nothing local leaks in.
    // Generic plans for prepared statements: under the default (auto) Postgres kept planning the
    // pipeline's multi-table statements afresh on every execution (a custom plan looked cheaper
    // than the generic one), several times the backend CPU per claim of the plan kept
    // (docs/BENCHMARKS.md). Every prepared statement here looks rows up by key, where a
    // generic plan is the right plan; unprepared queries (TypeORM's) are planned per call anyway.
    extra: {
      max: config.DATABASE_POOL_SIZE,
      options: '-c timezone=UTC -c plan_cache_mode=force_generic_plan',
      connectionTimeoutMillis: 5_000,
      // Fail fast instead of hanging a request while the database is down.
      query_timeout: 15_000,
    },
  };
}

/**
 * DATABASE_URL after boot: the entry points refuse to start without it (main.ts, the CLIs; from a
 * checkout dev/with-database.ts fills it in). Reaching here without one is a wiring bug, never a
 * silent fallback to pg's own defaults (localhost:5432 as the OS user).
 */
export function requireDatabaseUrl(config: Pick<DatabaseConfig, 'DATABASE_URL'>): string {
  if (!config.DATABASE_URL) {
    throw new Error(
      'DATABASE_URL is not set: the entry points require it (npm run dev sets it from a checkout)',
    );
  }
  return config.DATABASE_URL;
}
