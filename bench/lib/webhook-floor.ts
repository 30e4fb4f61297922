import { FloorServer, groupCommitServer } from './floor-server.js';

/**
 * The webhook's own work without NestJS, Fastify, rate limiting or logging: a node:http server
 * that, per push, hashes the bearer token and looks it up in a cache (the api's path for a token
 * it has verified before), parses the push and its data, and answers 204 once the push is stored
 * and its sync enqueued, in batches as the webhook does (two in flight): one mailbox lookup, one
 * multi-row INSERT into the stack's own `pubsub_notifications`, one BullMQ addBulk with the
 * webhook's job options (per-mailbox deduplication) into a queue prefix of its own. The gap to
 * the durable floor is what the mailbox lookup and the enqueue cost; the gap from here to the
 * webhook is what the framework and the rest of the request pipeline cost.
 * BENCH_FLOOR_ENQUEUE_AFTER_ACK=1 answers once the push is stored and enqueues after: what
 * acknowledging on the stored row alone (the reconciler as the enqueue's backstop) would allow.
 */
const SERVER = `
const http = require('node:http');
const { createHash } = require('node:crypto');
const { Pool } = require('pg');
const { Queue } = require('bullmq');
const pool = new Pool({ connectionString: process.env.FLOOR_DATABASE_URL, max: 4 });
pool.on('error', () => undefined);
const url = new URL(process.env.FLOOR_REDIS_URL);
const queue = new Queue('sync', {
  connection: { host: url.hostname, port: Number(url.port) },
  prefix: process.env.FLOOR_QUEUE_PREFIX,
});
const verified = new Map();
const AFTER_ACK = process.env.FLOOR_ENQUEUE_AFTER_ACK === '1';
async function store(items) {
  const emails = [...new Set(items.map((i) => i.email.trim().toLowerCase()))];
  const { rows } = await pool.query(
    'SELECT id, email_address, status, last_history_id FROM mailboxes WHERE email_address = ANY($1::varchar[])',
    [emails],
  );
  const byEmail = new Map(rows.map((r) => [r.email_address, r]));
  const known = items.map((i) => byEmail.get(i.email.trim().toLowerCase()));
  const stored = items.filter((_, k) => known[k]);
  const mailboxes = known.filter(Boolean);
  await pool.query(
    'INSERT INTO pubsub_notifications (pubsub_message_id, mailbox_id, email_address, history_id, published_at) ' +
      'SELECT * FROM unnest($1::varchar[], $2::uuid[], $3::varchar[], $4::numeric[], $5::timestamptz[]) ' +
      'ON CONFLICT (pubsub_message_id) DO NOTHING RETURNING pubsub_message_id',
    [stored.map((i) => i.id), mailboxes.map((m) => m.id), mailboxes.map((m) => m.email_address),
      stored.map((i) => i.historyId), stored.map((i) => i.publishTime)],
  );
  const enqueued = queue.addBulk(stored.map((i, k) => ({
    name: 'sync-mailbox',
    data: { mailboxId: mailboxes[k].id, historyId: i.historyId, correlationId: 'floor' },
    opts: {
      jobId: 'sync_' + mailboxes[k].id + '_' + i.historyId,
      deduplication: { id: 'mailbox_' + mailboxes[k].id, keepLastIfActive: true },
      attempts: 8, removeOnComplete: true, removeOnFail: true, backoff: { type: 'policy' },
    },
  })));
  // After the ack: the stored row alone is the record (what the reconciler would recover from).
  if (AFTER_ACK) enqueued.catch(() => undefined);
  else await enqueued;
}
${groupCommitServer({
  inFlight: '2',
  check: `const token = (req.headers.authorization || '').slice(7);
    const key = createHash('sha256').update(token).digest('base64url');
    if (!verified.has(key)) verified.set(key, Date.now() + 3600000);
    if (verified.get(key) < Date.now()) { res.statusCode = 401; return res.end(); }`,
})}`;

export function webhookFloor(
  env: { databaseUrl: string; redisUrl: string; queuePrefix: string },
  dir: string,
): FloorServer {
  return new FloorServer(
    'webhook-floor',
    SERVER,
    {
      FLOOR_DATABASE_URL: env.databaseUrl,
      FLOOR_REDIS_URL: env.redisUrl,
      FLOOR_QUEUE_PREFIX: env.queuePrefix,
      FLOOR_ENQUEUE_AFTER_ACK: process.env.BENCH_FLOOR_ENQUEUE_AFTER_ACK ?? '0',
    },
    dir,
  );
}
