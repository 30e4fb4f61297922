import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFlatConfig } from '../support/config.js';
import { dataSourceOptions } from '../../src/core/database/data-source.options.js';
import { ENTITIES } from '../../src/modules/persistence/entities/index.js';
import { runMigrations } from '../../src/core/database/migrate.js';
import { MIGRATIONS } from '../../migrations/index.js';
import { testEnv } from '../support/env.js';

describe('migrations', () => {
  const config = loadFlatConfig(testEnv());
  let ds: DataSource;

  beforeAll(async () => {
    await runMigrations(config);
    ds = await new DataSource(dataSourceOptions(config, ENTITIES)).initialize();
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
      expect.arrayContaining([
        'emails',
        'processing_tasks',
        'ai_responses',
        'failed_tasks',
        'mailboxes',
        'pubsub_notifications',
      ]),
    );
    const naive = await ds.query(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'`,
    );
    expect(naive).toEqual([]);
    const indexes = await ds.query(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public'`);
    const names = indexes.map((i: { indexname: string }) => i.indexname);
    for (const name of [
      'idx_emails_message_id',
      'idx_emails_processed',
      'idx_tasks_status',
      'idx_tasks_correlation_id',
      'idx_failed_tasks_resolved',
    ]) {
      expect(names).toContain(name);
    }
    await expect(
      ds.query(`INSERT INTO emails (mailbox_id, message_id) VALUES (gen_random_uuid(), 'x')`),
    ).rejects.toThrow(/foreign key/);
  });

  it('gives responses written before it their mailbox and reply time', async () => {
    // Back to before AiResponsesMailboxReplies (undoing the migrations after it first).
    const at = MIGRATIONS.findIndex((m) => m.name === 'AiResponsesMailboxReplies1764400000000');
    for (let i = at; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
    const [mailbox] = await ds.query(
      `INSERT INTO mailboxes (email_address) VALUES ('backfill-' || gen_random_uuid() || '@example.com') RETURNING id`,
    );
    const [email] = await ds.query(
      `INSERT INTO emails (mailbox_id, message_id) VALUES ($1, 'backfill-' || gen_random_uuid()) RETURNING id`,
      [mailbox.id],
    );
    const tasks = await ds.query(
      `INSERT INTO processing_tasks (email_id, status, correlation_id) VALUES ($1, 'completed', gen_random_uuid()), ($1, 'completed', gen_random_uuid()) RETURNING id`,
      [email.id],
    );
    await ds.query(
      `INSERT INTO ai_responses (email_id, task_id, category, generated_reply, updated_at)
       VALUES ($1, $2, 'needs_reply', 'Hello', '2026-11-20T10:00:00Z'), ($1, $3, 'spam', NULL, '2026-11-21T10:00:00Z')`,
      [email.id, tasks[0].id, tasks[1].id],
    );
    await runMigrations(config);
    const rows = await ds.query(
      `SELECT task_id, mailbox_id, reply_generated_at FROM ai_responses WHERE email_id = $1 ORDER BY generated_reply NULLS LAST`,
      [email.id],
    );
    expect(rows).toEqual([
      {
        task_id: tasks[0].id,
        mailbox_id: mailbox.id,
        reply_generated_at: new Date('2026-11-20T10:00:00Z'),
      },
      { task_id: tasks[1].id, mailbox_id: mailbox.id, reply_generated_at: null },
    ]);
    // The draft cap's count can be served by the index (a table this small is read whole unless told not to).
    const plan = await ds.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      return m.query(
        `EXPLAIN SELECT count(*) FROM ai_responses WHERE mailbox_id = $1 AND reply_generated_at >= now() - interval '1 day'`,
        [mailbox.id],
      );
    });
    expect(JSON.stringify(plan)).toMatch(/Index Only Scan using idx_ai_responses_mailbox_reply/);
  });

  it('can be reverted and re-applied', async () => {
    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
    const tables = await ds.query(
      `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema='public' AND table_name='emails'`,
    );
    expect(tables[0].n).toBe(0);
    await runMigrations(config);
    const pending = await ds.driver.createSchemaBuilder().log();
    expect(pending.upQueries).toEqual([]);
  });
});
