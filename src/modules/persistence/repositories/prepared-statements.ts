import { DataSource } from 'typeorm';
import { sharedPoolOf } from '../../../core/database/shared-pool.js';

/**
 * Named (server-side prepared) statements for the pipeline's hot path. Postgres parses and
 * plans each statement once per connection instead of on every call, and pg skips the Parse
 * step, which cuts both client CPU and latency per query (docs/BENCHMARKS.md). TypeORM has no
 * prepared statements, so these go to the pg pool TypeORM shares (sharedPoolOf: same
 * connections, same settings). Each name must always be used with the same text.
 */
export class PreparedStatements {
  constructor(private readonly dataSource: DataSource) {}

  async query<R = Record<string, unknown>>(
    name: string,
    text: string,
    values: unknown[],
  ): Promise<R[]> {
    const result = await sharedPoolOf(this.dataSource).query({ name, text, values });
    return result.rows as R[];
  }
}
