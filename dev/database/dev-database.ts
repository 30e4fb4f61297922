import { ConfigError } from '../../src/core/config/config-error.js';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres.js';

/**
 * The database a process started from a checkout runs against (`npm run dev`, the CLI scripts,
 * the demo): DATABASE_URL when it is set, otherwise an embedded PostgreSQL under
 * EMBEDDED_POSTGRES_DIR, started (or reused) here and stopped by `stop()`. Production never
 * comes here: the image has neither this folder nor the embedded-postgres package, and
 * `node dist/src/main.js` refuses to boot without DATABASE_URL.
 */
export interface DevDatabase {
  /** The URL the app should use (DATABASE_URL, or the embedded server's). */
  url: string;
  embedded?: EmbeddedPostgres;
  /** One line for a human: which database and where. */
  describe(): string;
  /** Stops what this process started (the embedded PostgreSQL); call after the app closed. */
  stop(): Promise<void>;
}

export interface DevDatabaseOptions {
  /** Database name on the embedded server (default email_assistant). */
  database?: string;
  /** Re-create that database (embedded only: an external DATABASE_URL is never dropped). */
  freshDatabase?: boolean;
  log?: (line: string) => void;
}

/** Where the embedded server lives, from the environment (read only here: the app has no such settings). */
export interface EmbeddedSettings {
  dataDir: string;
  port: number;
}

export function embeddedSettings(env: NodeJS.ProcessEnv): EmbeddedSettings {
  const port = Number(env.EMBEDDED_POSTGRES_PORT || 54329);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new ConfigError(['EMBEDDED_POSTGRES_PORT: must be a port number (1-65535)']);
  // Relative paths are from the working directory.
  return { dataDir: env.EMBEDDED_POSTGRES_DIR || '.data/postgres', port };
}

export async function resolveDevDatabase(
  env: NodeJS.ProcessEnv,
  opts: DevDatabaseOptions = {},
): Promise<DevDatabase> {
  if (env.DATABASE_URL) {
    const url = env.DATABASE_URL;
    return {
      url,
      describe: () => 'database: PostgreSQL at DATABASE_URL',
      stop: async () => undefined,
    };
  }
  const { dataDir, port } = embeddedSettings(env);
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port,
    database: opts.database ?? 'email_assistant',
    fresh: opts.freshDatabase,
    log: opts.log,
  });
  return {
    url: embedded.url,
    embedded,
    describe: () =>
      `DATABASE_URL not set: embedded PostgreSQL ${embedded.version} ${embedded.origin} at ${embedded.url} (data ${embedded.dataDir}, log ${embedded.logFile})`,
    stop: () => embedded.stop(),
  };
}
