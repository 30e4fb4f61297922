import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** One statement on its own connection, for tests that check what a separate process wrote. */
export async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * A database of a test's own on the run's server, for commands that act on every row (migrations
 * from nothing, re-encrypting every grant): `create()` in beforeAll, `drop()` in afterAll.
 */
export function scratchDatabase(prefix: string) {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const serverUrl = () => process.env.TEST_DATABASE_URL!;
  const url = () => Object.assign(new URL(serverUrl()), { pathname: `/${name}` }).toString();
  return {
    url,
    create: () => query(serverUrl(), `CREATE DATABASE ${name}`),
    drop: () => query(serverUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
