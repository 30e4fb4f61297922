import { FloorServer, groupCommitServer } from './floor-server.js';

/**
 * The ceiling for a durable HTTP endpoint on this host, below any product code: a bare
 * node:http server (same Node binary as the roles, `pg` from this repository) that reads the
 * push, parses it and its base64 data, and answers 204 only after its row is committed. Rows
 * leave in group commits, as the webhook's do (one multi-row INSERT per batch, two batches in
 * flight unless BENCH_FLOOR_IN_FLIGHT says otherwise), into pgbench's own database. No
 * verification, no Redis, no framework, no logging: what the webhook could reach if everything
 * it does besides storing cost nothing.
 */
const SERVER = `
const http = require('node:http');
const { Pool } = require('pg');
const IN_FLIGHT = Number(process.env.FLOOR_IN_FLIGHT);
const pool = new Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: IN_FLIGHT });
pool.on('error', () => undefined);
const SQL = 'INSERT INTO pubsub_notifications (pubsub_message_id, mailbox_id, email_address, history_id, published_at) ' +
  'SELECT * FROM unnest($1::varchar[], $2::uuid[], $3::varchar[], $4::numeric[], $5::timestamptz[]) ' +
  'ON CONFLICT (pubsub_message_id) DO NOTHING';
const MAILBOX = '00000000-0000-4000-8000-000000000001';
async function store(batch) {
  await pool.query(SQL, [
    batch.map((b) => b.id), batch.map(() => MAILBOX), batch.map((b) => b.email),
    batch.map((b) => b.historyId), batch.map((b) => b.publishTime),
  ]);
}
${groupCommitServer({ inFlight: 'IN_FLIGHT' })}`;

export function durableFloor(databaseUrl: string, dir: string): FloorServer {
  return new FloorServer(
    'durable-floor',
    SERVER,
    {
      FLOOR_DATABASE_URL: databaseUrl,
      FLOOR_IN_FLIGHT: process.env.BENCH_FLOOR_IN_FLIGHT ?? '2',
    },
    dir,
  );
}
