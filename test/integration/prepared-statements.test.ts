import 'reflect-metadata';
import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFlatConfig } from '../support/config.js';
import { dataSourceOptions } from '../../src/core/database/data-source.options.js';
import { kyselyOver } from '../../src/modules/persistence/database/database.js';
import { testEnv } from '../support/env.js';

type Probe = {
  preparedProbe: { id: number; a: number; b?: number | null };
};

/**
 * Repository statements are prepared once per connection (named), and survive a migration that
 * changes a table's columns under an open connection.
 */
describe('prepared statements on the shared pool', () => {
  // One connection: what one statement prepared, the next statement's session can see.
  const config = loadFlatConfig(testEnv({ DATABASE_POOL_SIZE: '1' }));
  let ds: DataSource;

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    await ds.query('DROP TABLE IF EXISTS prepared_probe');
    await ds.query('CREATE TABLE prepared_probe (id int PRIMARY KEY, a int NOT NULL)');
    await ds.query('INSERT INTO prepared_probe VALUES (1, 10)');
  });
  afterAll(async () => {
    await ds?.query('DROP TABLE IF EXISTS prepared_probe');
    await ds?.destroy();
  });

  async function preparedTexts(): Promise<string[]> {
    const rows = (await ds.query('SELECT statement FROM pg_prepared_statements')) as {
      statement: string;
    }[];
    return rows.map((r) => r.statement);
  }

  it('names a parameterised statement once and reuses it', async () => {
    const db = kyselyOver(ds).withTables<Probe>();
    const byId = (id: number) =>
      db.selectFrom('preparedProbe').select('a').where('id', '=', id).execute();
    expect(await byId(1)).toEqual([{ a: 10 }]);
    expect(await byId(2)).toEqual([]);
    const mine = (await preparedTexts()).filter((t) => t.includes('"prepared_probe"'));
    expect(mine).toEqual(['select "a" from "prepared_probe" where "id" = $1']);
  });

  it('prepares nothing when turned off', async () => {
    const db = kyselyOver(ds, false).withTables<Probe>();
    await db.selectFrom('preparedProbe').select('id').where('a', '=', 10).execute();
    expect((await preparedTexts()).filter((t) => t.includes('where "a" = $1'))).toEqual([]);
  });

  it('prepares a statement again after a migration changed the columns it returns', async () => {
    const db = kyselyOver(ds).withTables<Probe>();
    const all = () => db.selectFrom('preparedProbe').selectAll().where('id', '=', 1).execute();
    expect(await all()).toEqual([{ id: 1, a: 10 }]);
    await ds.query('ALTER TABLE prepared_probe ADD COLUMN b int');
    // The prepared form is unusable now; that one execution fails like a transient error...
    await expect(all()).rejects.toMatchObject({ code: '0A000' });
    // ...and the next is prepared anew.
    expect(await all()).toEqual([{ id: 1, a: 10, b: null }]);
  });

  it('leaves transactions and unparameterised statements unnamed', async () => {
    const db = kyselyOver(ds);
    await db.transaction().execute(async (tx) => {
      await sql`SELECT 42 AS unparameterised`.execute(tx);
    });
    const texts = await preparedTexts();
    expect(texts.some((t) => /^(begin|commit)/i.test(t))).toBe(false);
    expect(texts.some((t) => t.includes('unparameterised'))).toBe(false);
  });
});
