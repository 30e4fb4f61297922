import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/**
 * One throw-away PostgreSQL database per test run (created here, dropped at the end), on the
 * server named by TEST_DATABASE_ADMIN_URL (default: the machine's local PostgreSQL).
 * Redis isolation is per test file through a unique QUEUE_PREFIX (see test/support/env.ts).
 */
const adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export default async function setup(): Promise<() => Promise<void>> {
  const name = `eas_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  process.env.TEST_DATABASE_URL = url.toString();
  process.env.TEST_DATABASE_NAME = name;

  return async () => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.end();
  };
}
