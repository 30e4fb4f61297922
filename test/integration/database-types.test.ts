import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFlatConfig } from '../support/config.js';
import { runMigrations } from '../../src/core/database/migrate.js';
import { testEnv } from '../support/env.js';

const root = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

/**
 * The Kysely Database type is kysely-codegen's output for the migrated schema
 * (src/modules/persistence/database/database.generated.ts, `npm run db:types`). Regenerated here
 * from the run's migrated database, it must come out identical: a migration that adds, renames,
 * retypes or re-nulls a column of these tables fails this test until the file is regenerated.
 */
describe('Kysely database types', () => {
  const config = loadFlatConfig(testEnv());

  beforeAll(async () => {
    await runMigrations(config);
  });

  it('match the migrated schema', async () => {
    const verified = run(
      join('node_modules', '.bin', 'kysely-codegen'),
      ['--config-file', 'kysely-codegen.json', '--url', config.DATABASE_URL!, '--verify'],
      { cwd: root },
    );
    await expect(verified).resolves.toMatchObject({ stdout: expect.any(String) });
  });
});
