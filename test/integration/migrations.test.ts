import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/core/config/load-config';
import { dataSourceOptions } from '../../src/core/database/data-source.options';
import { runMigrations } from '../../src/core/database/migrate';
import { MIGRATIONS } from '../../migrations';
import { testEnv } from '../support/env';

describe('migrations', () => {
  const config = loadConfig(testEnv());
  let ds: DataSource;

  beforeAll(async () => {
    await runMigrations(config);
    ds = await new DataSource(dataSourceOptions(config)).initialize();
  });
  afterAll(async () => ds?.destroy());

  it('leave no difference between the entities and the schema', async () => {
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are idempotent and safe to run concurrently (advisory lock)', async () => {
    const results = await Promise.all([runMigrations(config), runMigrations(config)]);
    expect(results).toEqual([[], []]);
  });

  it('create the design tables with timestamptz columns and the listed indexes', async () => {
    const tables = await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    );
    expect(tables.map((t: { table_name: string }) => t.table_name)).toEqual(
      expect.arrayContaining(['emails', 'processing_tasks', 'ai_responses', 'failed_tasks', 'mailboxes', 'pubsub_notifications']),
    );
    const naive = await ds.query(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'`,
    );
    expect(naive).toEqual([]);
    const indexes = await ds.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`);
    const names = indexes.map((i: { indexname: string }) => i.indexname);
    for (const name of ['idx_emails_message_id', 'idx_emails_processed', 'idx_tasks_status', 'idx_tasks_correlation_id', 'idx_failed_tasks_resolved']) {
      expect(names).toContain(name);
    }
    await expect(
      ds.query(`INSERT INTO emails (mailbox_id, message_id) VALUES (gen_random_uuid(), 'x')`),
    ).rejects.toThrow(/foreign key/);
  });

  it('can be reverted and re-applied', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
    const tables = await ds.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema='public' AND table_name='emails'`);
    expect(tables[0].n).toBe(0);
    await runMigrations(config);
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
