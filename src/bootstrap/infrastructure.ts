import { AppConfig } from '../core/config/app-config.js';
import {
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../core/database/embedded-postgres.js';
import { queueBackendOf, type QueueBackend } from '../core/queue/queue-backend.js';

/**
 * The servers a process runs against, decided once at boot:
 * - DATABASE_URL set → that PostgreSQL; unset → an embedded PostgreSQL under
 *   EMBEDDED_POSTGRES_DIR, started (or reused) here and stopped by `stop()`;
 * - REDIS_URL set → Redis for queues, locks and heartbeats; unset → all of it in PostgreSQL.
 */
export interface Infrastructure {
  /** The config with DATABASE_URL filled in. */
  config: AppConfig;
  database: 'external' | 'embedded';
  queue: QueueBackend;
  embedded?: EmbeddedPostgres;
  /** One line each, for a human: what runs where. */
  describe(): string[];
  /** Stops what this process started (the embedded PostgreSQL); call after the app closed. */
  stop(): Promise<void>;
}

export interface InfrastructureOptions {
  /** Database name on the embedded server (default email_assistant). */
  database?: string;
  /** Re-create that database (embedded only: an external DATABASE_URL is never dropped). */
  freshDatabase?: boolean;
  log?: (line: string) => void;
}

export async function resolveInfrastructure(
  config: AppConfig,
  opts: InfrastructureOptions = {},
): Promise<Infrastructure> {
  const queue = queueBackendOf(config);
  const queueLine =
    queue === 'redis'
      ? 'queues, locks and heartbeats: Redis (REDIS_URL)'
      : "REDIS_URL not set: queues on BullMQ's PostgreSQL backend, locks and heartbeats in PostgreSQL, Gmail quota per process";
  if (config.DATABASE_URL) {
    return {
      config,
      database: 'external',
      queue,
      describe: () => ['database: PostgreSQL at DATABASE_URL', queueLine],
      stop: async () => undefined,
    };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: config.EMBEDDED_POSTGRES_DIR,
    port: config.EMBEDDED_POSTGRES_PORT,
    database: opts.database ?? 'email_assistant',
    fresh: opts.freshDatabase,
    log: opts.log,
  });
  const resolved = Object.assign(new AppConfig(), config, { DATABASE_URL: embedded.url });
  return {
    config: resolved,
    database: 'embedded',
    queue,
    embedded,
    describe: () => [
      `DATABASE_URL not set: embedded PostgreSQL ${embedded.version} ${embedded.origin} at ${embedded.url} (data ${embedded.dataDir}, log ${embedded.logFile})`,
      queueLine,
    ],
    stop: () => embedded.stop(),
  };
}
