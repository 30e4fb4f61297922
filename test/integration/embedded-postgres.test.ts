import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveInfrastructure, type Infrastructure } from '../../src/bootstrap/infrastructure';
import { loadConfig } from '../../src/core/config/load-config';
import { startEmbeddedPostgres } from '../../src/core/database/embedded-postgres';
import { runMigrations } from '../../src/core/database/migrate';
import { bullSchema } from '../../src/core/queue/queue-backend';

async function rows<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * DATABASE_URL unset: the app starts a real PostgreSQL from the embedded-postgres binaries,
 * with its data in a directory of ours, and migrates onto it (app tables and, without Redis,
 * BullMQ's tables).
 */
describe('embedded PostgreSQL (DATABASE_URL unset)', () => {
  let dir: string;
  let infra: Infrastructure;
  const config = () =>
    loadConfig({
      EMBEDDED_POSTGRES_DIR: join(dir, 'pg'),
      EMBEDDED_POSTGRES_PORT: '54391',
      QUEUE_PREFIX: 'embtest',
      LOG_LEVEL: 'silent',
    });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eas-embedded-'));
    // As root the server runs as the `postgres` OS user, which must be able to enter the folder.
    await chmod(dir, 0o755);
  });
  afterAll(async () => {
    await infra?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('initialises a cluster on first use, starts it and migrates the app onto it', async () => {
    const started = Date.now();
    infra = await resolveInfrastructure(config());
    const elapsed = Date.now() - started;
    expect(infra.database).toBe('embedded');
    expect(infra.queue).toBe('postgres');
    expect(infra.embedded?.origin).toBe('started');
    expect(infra.config.DATABASE_URL).toMatch(
      /^postgres:\/\/postgres@127\.0\.0\.1:\d+\/email_assistant$/,
    );
    expect(elapsed).toBeLessThan(30_000);

    const applied = await runMigrations(infra.config);
    expect(applied.length).toBeGreaterThan(0);
    const url = infra.config.DATABASE_URL!;
    const [info] = await rows<{ version: number; encoding: string }>(
      url,
      `SELECT current_setting('server_version_num')::int AS version, pg_encoding_to_char(encoding) AS encoding FROM pg_database WHERE datname = current_database()`,
    );
    expect(info!.version).toBeGreaterThanOrEqual(140000);
    expect(info!.encoding).toBe('UTF8');
    const tables = await rows<{ schema: string; name: string }>(
      url,
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables WHERE table_schema IN ('public', '${bullSchema('embtest')}')`,
    );
    const names = tables.map((t) => `${t.schema}.${t.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'public.emails',
        'public.processing_tasks',
        'public.coordination_leases',
      ]),
    );
    expect(names.some((n) => n.startsWith(`${bullSchema('embtest')}.`))).toBe(true);
  }, 60_000);

  it('is shared, not restarted, by a second process of ours while the first runs', async () => {
    const second = await startEmbeddedPostgres({
      dataDir: join(dir, 'pg'),
      port: 54391,
      database: 'email_assistant',
    });
    expect(second.origin).toBe('shared');
    expect(second.port).toBe(infra.embedded!.port);
    await second.stop(); // leaves it running for its owner
    expect(await rows(infra.config.DATABASE_URL!, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });

  it('keeps its data across a stop and a restart', async () => {
    await infra.stop();
    await expect(rows(infra.config.DATABASE_URL!, 'SELECT 1')).rejects.toThrow();
    infra = await resolveInfrastructure(config());
    expect(infra.embedded?.origin).toBe('started');
    expect(await runMigrations(infra.config)).toEqual([]);
  }, 60_000);
});
