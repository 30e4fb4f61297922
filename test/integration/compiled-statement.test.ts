import 'reflect-metadata';
import { sql } from 'kysely';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFlatConfig } from '../support/config.js';
import { dataSourceOptions } from '../../src/core/database/data-source.options.js';
import {
  CompiledStatement,
  StatementShapes,
} from '../../src/modules/persistence/database/compiled-statement.js';
import { type Executor, kyselyOver } from '../../src/modules/persistence/database/database.js';
import { testEnv } from '../support/env.js';

type Probe = {
  compiledProbe: { id: number; groupName: string; seenAt: Date | null; hits: number };
};

/** Statements compiled once and executed with each call's values, on the real database. */
describe('CompiledStatement', () => {
  const config = loadFlatConfig(testEnv({ DATABASE_POOL_SIZE: '2' }));
  let ds: DataSource;
  let db: Executor;
  const probe = (d: Executor) => d.withTables<Probe>();

  beforeAll(async () => {
    ds = await new DataSource(dataSourceOptions(config)).initialize();
    await ds.query('DROP TABLE IF EXISTS compiled_probe');
    await ds.query(
      'CREATE TABLE compiled_probe (id int PRIMARY KEY, group_name text NOT NULL, seen_at timestamptz, hits int NOT NULL DEFAULT 0)',
    );
    await ds.query(
      "INSERT INTO compiled_probe (id, group_name) VALUES (1, 'a'), (2, 'a'), (3, 'b'), (4, 'c')",
    );
    db = kyselyOver(ds);
  });
  afterAll(async () => {
    await ds?.query('DROP TABLE IF EXISTS compiled_probe');
    await ds?.destroy();
  });

  const byGroup = new CompiledStatement((d, p: { group: string; minId: number }) =>
    probe(d)
      .selectFrom('compiledProbe')
      .select(['id', 'groupName'])
      .where('groupName', '=', p.group)
      .where('id', '>=', p.minId)
      // A constant list: compiled in, the same for every call.
      .where('groupName', 'in', ['a', 'b'])
      .orderBy('id'),
  );

  it('returns each call its own rows through one statement text, camel-cased', async () => {
    expect(await byGroup.rows(db, { group: 'a', minId: 0 })).toEqual([
      { id: 1, groupName: 'a' },
      { id: 2, groupName: 'a' },
    ]);
    expect(await byGroup.rows(db, { group: 'a', minId: 2 })).toEqual([{ id: 2, groupName: 'a' }]);
    expect(await byGroup.first(db, { group: 'b', minId: 0 })).toEqual({ id: 3, groupName: 'b' });
    // 'c' is outside the constant list.
    expect(await byGroup.rows(db, { group: 'c', minId: 0 })).toEqual([]);
  });

  it('sends the text a per-call build sends', () => {
    const perCall = probe(db)
      .selectFrom('compiledProbe')
      .select(['id', 'groupName'])
      .where('groupName', '=', 'x')
      .where('id', '>=', 1)
      .where('groupName', 'in', ['a', 'b'])
      .orderBy('id')
      .compile().sql;
    expect(byGroup.sql(db)).toBe(perCall);
    expect(perCall).toContain('"group_name"');
  });

  it('binds a parameter used twice, typed values, and reports affected rows', async () => {
    const touch = new CompiledStatement((d, p: { id: number; at: Date }) =>
      probe(d)
        .updateTable('compiledProbe')
        .set((eb) => ({ seenAt: p.at, hits: eb('hits', '+', 1) }))
        .where((eb) => eb.or([eb('id', '=', p.id), eb('hits', '=', p.id)])),
    );
    const at = new Date('2026-01-02T03:04:05Z');
    expect((await touch.execute(db, { id: 4, at })).numAffectedRows).toBe(1n);
    const [row] = await probe(db)
      .selectFrom('compiledProbe')
      .selectAll()
      .where('id', '=', 4)
      .execute();
    expect(row).toEqual({ id: 4, groupName: 'c', seenAt: at, hits: 1 });
  });

  it('runs inside a transaction given as the executor', async () => {
    const rename = new CompiledStatement((d, p: { id: number; group: string }) =>
      probe(d)
        .updateTable('compiledProbe')
        .set({ groupName: p.group })
        .where('id', '=', p.id)
        .returning(['id', 'groupName']),
    );
    await expect(
      db.transaction().execute(async (tx) => {
        expect(await rename.rows(tx, { id: 1, group: 'z' })).toEqual([{ id: 1, groupName: 'z' }]);
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await byGroup.first(db, { group: 'a', minId: 1 })).toEqual({ id: 1, groupName: 'a' });
  });

  it('refuses a parameter that steers the shape instead of being bound', async () => {
    const steered = new CompiledStatement((d, p: { id?: number }) =>
      probe(d)
        .selectFrom('compiledProbe')
        .select('id')
        .$if(p.id !== undefined, (qb) => qb.where('id', '>', 2)),
    );
    await expect(steered.rows(db, { id: 3 })).rejects.toThrow('parameters read but not bound: id');
  });

  it('refuses a parameter computed with while building', async () => {
    const computed = new CompiledStatement((d, p: { group: string }) =>
      probe(d).selectFrom('compiledProbe').select('id').where('groupName', '=', `${p.group}!`),
    );
    await expect(computed.rows(db, { group: 'a' })).rejects.toThrow('changed');
  });

  it('refuses a parameter inlined into the text', async () => {
    const inlined = new CompiledStatement((d, p: { group: string }) =>
      probe(d).selectFrom('compiledProbe').select('id').where('groupName', '=', sql.lit(p.group)),
    );
    await expect(inlined.rows(db, { group: 'a' })).rejects.toThrow('inlined');
  });

  it('keeps one statement per shape, each with its own text', async () => {
    const shapes = new StatementShapes(
      (d, p: { group: string; minId?: number }, shape: { min: boolean }) =>
        probe(d)
          .selectFrom('compiledProbe')
          .select('id')
          .where('groupName', '=', p.group)
          .$if(shape.min, (qb) => qb.where('id', '>=', p.minId!))
          .orderBy('id'),
    );
    const all = shapes.of({ min: false });
    const some = shapes.of({ min: true });
    expect(shapes.of({ min: true })).toBe(some);
    expect(all.sql(db)).not.toBe(some.sql(db));
    expect(await all.rows(db, { group: 'a' })).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await some.rows(db, { group: 'a', minId: 2 })).toEqual([{ id: 2 }]);
  });

  it('refuses an undefined value (a per-call build would leave its column out)', async () => {
    await expect(
      byGroup.rows(db, { group: undefined as unknown as string, minId: 0 }),
    ).rejects.toThrow('parameter group is undefined');
  });

  it('catches, in tests, a branch on a placeholder that is also bound', async () => {
    expect(CompiledStatement.verify).toBe(true);
    const branching = new CompiledStatement((d, p: { minId: number | null }) =>
      probe(d)
        .selectFrom('compiledProbe')
        .select('id')
        .$if(p.minId !== null, (qb) => qb.where('id', '>=', p.minId!))
        .orderBy('id'),
    );
    // The first call fixes the shape with the clause; a call without it must not reuse it.
    expect(await branching.rows(db, { minId: 4 })).toEqual([{ id: 4 }]);
    await expect(branching.rows(db, { minId: null })).rejects.toThrow(
      'differs from a per-call build',
    );
  });
});
