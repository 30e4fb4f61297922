import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { ENTITIES } from '../../modules/persistence/entities';
import type { AppConfig } from '../config/app-config';

/**
 * The one DataSource definition, shared by the app (TypeOrmModule) and the migration CLI.
 * Migrations are imported as classes rather than globbed so they load the same way from
 * ts (tests) and js (dist).
 */
export function dataSourceOptions(config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_POOL_SIZE'>): DataSourceOptions {
  return {
    type: 'postgres',
    // gen_random_uuid() is built into PostgreSQL 13+, no extension to install.
    uuidExtension: 'pgcrypto',
    url: config.DATABASE_URL,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    // Timestamps are timestamptz everywhere; pin the session to UTC so nothing local leaks in.
    extra: {
      max: config.DATABASE_POOL_SIZE,
      options: '-c timezone=UTC',
      connectionTimeoutMillis: 5_000,
      // Fail fast instead of hanging a request while the database is down.
      query_timeout: 15_000,
    },
  };
}
