import { randomBytes } from 'node:crypto';
import { Socket } from 'node:net';
import { Client } from 'pg';
import {
  startEmbeddedPostgres,
  type EmbeddedPostgres,
} from '../../dev/database/embedded-postgres.js';
import { NO_REDIS } from './services.js';

/**
 * One throw-away PostgreSQL database per test run (created here, dropped at the end), on the
 * server named by TEST_DATABASE_ADMIN_URL (default: the machine's local PostgreSQL; when nothing
 * answers there and the variable is unset, an embedded PostgreSQL under .data/test-postgres).
 * Redis isolation is per test file through a unique QUEUE_PREFIX (see test/support/env.ts); with
 * no Redis at TEST_REDIS_URL (default 127.0.0.1:6379) the apps under test run without Redis.
 */
const DEFAULT_ADMIN_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((res) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      res(ok);
    };
    socket.setTimeout(1_000, () => done(false));
    socket.once('error', () => done(false));
    socket.connect(Number(port), hostname.replace(/^\[|\]$/g, ''), () => done(true));
  });
}

export default async function setup(): Promise<() => Promise<void>> {
  let adminUrl = process.env.TEST_DATABASE_ADMIN_URL ?? DEFAULT_ADMIN_URL;
  let embedded: EmbeddedPostgres | undefined;
  if (!process.env.TEST_DATABASE_ADMIN_URL && !(await reachable(adminUrl))) {
    embedded = await startEmbeddedPostgres({
      dataDir: '.data/test-postgres',
      port: 54339,
      database: 'postgres',
    });
    adminUrl = `postgres://postgres@127.0.0.1:${embedded.port}/postgres`;
    process.stderr.write(
      `no PostgreSQL at 127.0.0.1:5432: tests use an embedded PostgreSQL ${embedded.version} (.data/test-postgres)\n`,
    );
  }
  if (!process.env.TEST_REDIS_URL && !(await reachable('redis://127.0.0.1:6379'))) {
    process.env.TEST_REDIS_URL = NO_REDIS;
    process.stderr.write(
      'no Redis at 127.0.0.1:6379: apps under test run without Redis; Redis-only tests are skipped\n',
    );
  }

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
    await embedded?.stop();
  };
}
