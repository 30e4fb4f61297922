import {
  type BackendFactory,
  type ConnectionOptions,
  createPostgresBackend,
  createRedisBackend,
  type IQueueBackend,
  type PostgresPoolConfig,
  type QueueOptions,
  runMigrations as runBullMqMigrations,
  setDefaultBackendFactory,
} from 'bullmq';
import { Client } from 'pg';
import type { DatabaseConfig } from '../database/database.config.js';
import type { QueueConfig } from './queue.config.js';
import { requireDatabaseUrl } from '../database/data-source.options.js';

/**
 * Where BullMQ keeps its queues: Redis when REDIS_URL is set, otherwise BullMQ 6's PostgreSQL
 * backend in the app's own database (one schema per QUEUE_PREFIX). Everything above BullMQ
 * (JobQueueService, processors, retry policy, bull-board) is the same code in both modes.
 */
export type QueueBackend = 'redis' | 'postgres';

export function queueBackendOf(config: Pick<QueueConfig, 'REDIS_URL'>): QueueBackend {
  return config.REDIS_URL ? 'redis' : 'postgres';
}

/** Schema of the BullMQ tables: PostgreSQL's counterpart of the Redis key prefix. */
export function bullSchema(prefix: string): string {
  return `bullmq_${prefix.toLowerCase().replace(/-/g, '_')}`;
}

/**
 * Each Queue and Worker owns a pg.Pool of this size plus one LISTEN connection. With four queues
 * and four workers that is 8 × (4 + 1) = 40 connections at most, beside TypeORM's pool.
 */
const PG_POOL_SIZE = 4;

function isPostgresConnection(connection: unknown): boolean {
  return typeof connection === 'object' && connection !== null && 'connectionString' in connection;
}

/**
 * @nestjs/bullmq builds Queue and Worker without a backend argument, so BullMQ takes the
 * process-wide default. This default picks the backend from the connection each instance was
 * given (a pg config has `connectionString`, Redis options never do), so one process, or one
 * test run, can hold both kinds without a global switch between them.
 */
const dispatchingBackend: BackendFactory<IQueueBackend, unknown> = (name, opts, factoryOpts) =>
  isPostgresConnection(opts.connection)
    ? createPostgresBackend(name, opts as Parameters<typeof createPostgresBackend>[1], factoryOpts)
    : createRedisBackend(name, opts as Parameters<typeof createRedisBackend>[1], factoryOpts);

export function installQueueBackendDispatch(): void {
  setDefaultBackendFactory(dispatchingBackend);
}

function postgresConnection(
  config: Pick<DatabaseConfig, 'DATABASE_URL'> & Pick<QueueConfig, 'QUEUE_PREFIX'>,
): PostgresPoolConfig {
  return {
    connectionString: requireDatabaseUrl(config),
    schema: bullSchema(config.QUEUE_PREFIX),
    max: PG_POOL_SIZE,
    connectionTimeoutMillis: 5_000,
    application_name: `${config.QUEUE_PREFIX}-queue`,
  };
}

/** BullModule.forRoot options for the configured backend. */
export function bullRootOptions(
  config: Pick<DatabaseConfig, 'DATABASE_URL'> & Pick<QueueConfig, 'REDIS_URL' | 'QUEUE_PREFIX'>,
): QueueOptions {
  installQueueBackendDispatch();
  if (config.REDIS_URL) {
    return {
      connection: { url: config.REDIS_URL, maxRetriesPerRequest: null },
      prefix: config.QUEUE_PREFIX,
    };
  }
  // @nestjs/bullmq types `connection` as Redis options; BullMQ itself accepts any backend's.
  return { connection: postgresConnection(config) as unknown as ConnectionOptions };
}

/**
 * Creates or upgrades BullMQ's tables (PostgreSQL backend only). BullMQ serialises concurrent
 * callers with a transaction-scoped advisory lock, so every booting process may call it.
 */
export async function migrateQueueSchema(
  config: Pick<DatabaseConfig, 'DATABASE_URL'> & Pick<QueueConfig, 'REDIS_URL' | 'QUEUE_PREFIX'>,
): Promise<void> {
  if (queueBackendOf(config) !== 'postgres') return;
  const client = new Client({
    connectionString: requireDatabaseUrl(config),
    connectionTimeoutMillis: 5_000,
  });
  await client.connect();
  try {
    await runBullMqMigrations(client, bullSchema(config.QUEUE_PREFIX));
  } finally {
    await client.end();
  }
}
