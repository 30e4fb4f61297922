import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { Pool } from 'pg';
import { Agent } from 'undici';
import { ALL_QUEUES } from '../../src/core/queue/queue.constants.js';
import { TokenCipher } from '../../src/modules/mailbox-credentials/token-cipher.service.js';
import { GmailFake } from '../../test/fakes/gmail/gmail.fake.js';
import { OidcFake, pushBody } from '../../test/fakes/oidc.fake.js';
import { readWorkCounters, type WorkCounters } from './work.js';
import {
  createDatabase,
  ensureBuild,
  log,
  ROOT,
  runDir,
  startRedis,
  type PrivateRedis,
  type TempDatabase,
} from './infra.js';
import { distDir, RoleProcess, type Role } from './roles.js';

/**
 * Everything a bench or drill needs, on 127.0.0.1 only: a fresh database (migrated), a private
 * Redis, the Gmail and OIDC fakes in this process, seeded mailboxes, and the product's roles as
 * child processes. `close()` stops the processes and drops the database.
 */
export interface StackOptions {
  name: string;
  /** Extra environment for every role process (WORKER_CONCURRENCY, LLM_*, ...). */
  env?: Record<string, string>;
  /** Put Postgres behind this URL instead (e.g. a TcpProxy in the outage drill). */
  databaseUrlFor?: (direct: string) => string;
  redisUrlFor?: (direct: string) => string;
}

export class Stack {
  readonly dir: string;
  readonly gmail = new GmailFake({ clientId: 'bench-client', clientSecret: 'bench-secret' });
  readonly oidc = new OidcFake();
  readonly key = randomBytes(32).toString('base64');
  readonly prefix = `b${randomBytes(4).toString('hex')}`;
  db!: TempDatabase;
  redis!: PrivateRedis;
  pool!: Pool;
  readonly roles: RoleProcess[] = [];
  private token = '';
  private tokenAt = 0;
  // The driver's own keep-alive pool for pushes (undici's request: no web streams per push).
  private readonly http = new Agent({ connections: 64 });

  constructor(readonly opts: StackOptions) {
    this.dir = runDir(opts.name);
  }

  async start(): Promise<this> {
    // Ctrl-C or a timeout's SIGTERM must not leave role processes, Redis or the database behind.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        log(`${signal}: cleaning up`);
        void this.close().finally(() => process.exit(130));
      });
    }
    if (!process.env.BENCH_DIST) ensureBuild();
    try {
      await this.boot();
    } catch (error) {
      // A failed start (e.g. migrations of a broken BENCH_DIST) left a database and a
      // redis-server behind before: nobody held the stack to close it.
      await this.close().catch(() => undefined);
      throw error;
    }
    log(
      `stack ${this.opts.name}: db ${this.db.name}, redis :${this.redis.port}, logs in ${this.dir}`,
    );
    return this;
  }

  private async boot(): Promise<void> {
    const [db, redis] = await Promise.allSettled([createDatabase(), startRedis(this.dir)]);
    if (db.status === 'fulfilled') this.db = db.value;
    if (redis.status === 'fulfilled') this.redis = redis.value;
    if (db.status === 'rejected') throw db.reason;
    if (redis.status === 'rejected') throw redis.reason;
    await Promise.all([this.gmail.start(), this.oidc.start()]);
    // Through the built CLI with the same environment as the roles: the bench depends only on
    // the product's public interface (env + commands), not on its internal module layout.
    const migrate = spawnSync(
      process.execPath,
      [join(distDir(), 'src', 'cli', 'migrate.js'), 'run'],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          ...this.env({ DATABASE_URL: this.db.url, REDIS_URL: this.redis.url }),
        },
        encoding: 'utf8',
      },
    );
    if (migrate.status !== 0)
      throw new Error(`migrations failed: ${migrate.stderr || migrate.stdout}`);
    this.pool = new Pool({ connectionString: this.db.url, max: 4 });
  }

  /** Environment shared by every role process. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      LOG_LEVEL: 'warn',
      DATABASE_URL: this.opts.databaseUrlFor ? this.opts.databaseUrlFor(this.db.url) : this.db.url,
      DATABASE_RUN_MIGRATIONS: 'false',
      REDIS_URL: this.opts.redisUrlFor ? this.opts.redisUrlFor(this.redis.url) : this.redis.url,
      QUEUE_PREFIX: this.prefix,
      TOKEN_ENCRYPTION_KEY: this.key,
      GMAIL_API_ROOT_URL: this.gmail.rootUrl,
      GOOGLE_OAUTH_TOKEN_URL: this.gmail.tokenUrl,
      GOOGLE_OAUTH_CLIENT_ID: 'bench-client',
      GOOGLE_OAUTH_CLIENT_SECRET: 'bench-secret',
      PUBSUB_AUDIENCE: OidcFake.audience,
      PUBSUB_SERVICE_ACCOUNT_EMAIL: OidcFake.serviceAccount,
      GOOGLE_OIDC_JWKS_URL: this.oidc.url,
      SCHEDULERS_ENABLED: 'false',
      LLM_PROVIDER: 'offline',
      // One load generator on 127.0.0.1 is "one source": the per-source budget would cap it.
      WEBHOOK_RATE_LIMIT_PER_MINUTE: '100000000',
      ...this.opts.env,
      ...extra,
    };
  }

  role(role: Role, name: string, extra: Record<string, string> = {}): RoleProcess {
    const p = new RoleProcess(role, name, this.env(extra), this.dir);
    this.roles.push(p);
    return p;
  }

  /** Mailboxes known to the Gmail fake and connected in the database (as gmail:connect would). */
  async seedMailboxes(count: number, prefix = 'mb'): Promise<string[]> {
    const cipher = new TokenCipher({ TOKEN_ENCRYPTION_KEY: this.key });
    const addresses: string[] = [];
    const values: unknown[] = [];
    const rows: string[] = [];
    for (let i = 0; i < count; i++) {
      const address = `${prefix}${i}.${this.prefix}@bench.example`;
      const { refreshToken } = this.gmail.addMailbox(address);
      addresses.push(address);
      // The id is chosen here because the ciphertext is bound to it (see TokenCipher).
      const id = randomUUID();
      values.push(id, address, cipher.encrypt(refreshToken, id), this.gmail.historyId(address));
      const n = values.length;
      rows.push(`($${n - 3}::uuid, $${n - 2}, $${n - 1}, 'active', $${n})`);
    }
    await this.pool.query(
      `INSERT INTO mailboxes (id, email_address, encrypted_refresh_token, status, last_history_id) VALUES ${rows.join(', ')}`,
      values,
    );
    return addresses;
  }

  /**
   * Gives each mailbox `perMailbox` handled emails from the last 60 days (email, completed task,
   * AI response with a reply and a draft), as a database in use has, then ANALYZE: plans and
   * per-mailbox counts then face the row counts production has instead of empty tables.
   * Works on the schema of any build a bench runs (`BENCH_DIST`).
   */
  async seedHistory(addresses: string[], perMailbox: number): Promise<number> {
    if (perMailbox <= 0 || addresses.length === 0) return 0;
    const [{ n }] = await this.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'ai_responses' AND column_name = 'mailbox_id'`,
    );
    const hasMailboxColumn = n > 0;
    await this.pool.query(
      `WITH m AS (SELECT id FROM mailboxes WHERE email_address = ANY($1)),
       e AS (
         INSERT INTO emails (mailbox_id, message_id, thread_id, sender, subject, received_at, processed, created_at)
         SELECT m.id, 'hist-' || m.id || '-' || g, 'hist-' || m.id || '-' || g, 'someone@customer.example', 'Old question',
                now() - (g % 60 || ' days')::interval, true, now() - (g % 60 || ' days')::interval
           FROM m, generate_series(1, $2::int) g
         RETURNING id, mailbox_id, created_at
       ), t AS (
         INSERT INTO processing_tasks (email_id, status, stage, correlation_id, created_at, updated_at, completed_at)
         SELECT e.id, 'completed', 'draft_created', gen_random_uuid(), e.created_at, e.created_at, e.created_at FROM e
         RETURNING id, email_id, created_at
       )
       INSERT INTO ai_responses (email_id, task_id, category, confidence, generated_reply, draft_id, draft_state, created_at, updated_at
                                 ${hasMailboxColumn ? ', mailbox_id, reply_generated_at' : ''})
       SELECT t.email_id, t.id, 'needs_reply', 0.9, 'An old reply', 'r-' || t.id, 'created', t.created_at, t.created_at
              ${hasMailboxColumn ? ', e.mailbox_id, t.created_at' : ''}
         FROM t JOIN e ON e.id = t.email_id`,
      [addresses, perMailbox],
    );
    await this.pool.query('ANALYZE');
    return perMailbox * addresses.length;
  }

  /** A push token as Pub/Sub sends it; re-minted every 10 minutes (they last an hour). */
  async pushToken(): Promise<string> {
    if (!this.token || Date.now() - this.tokenAt > 600_000) {
      this.token = await this.oidc.token();
      this.tokenAt = Date.now();
    }
    return this.token;
  }

  async push(
    apiUrl: string,
    address: string,
    historyId: string | number,
    messageId?: string,
  ): Promise<number> {
    // undici's request with keep-alive: the platform fetch costs the driver, which shares the
    // two cores with the roles under test, several times more CPU per push.
    const url = new URL(`${apiUrl}/api/webhook/gmail`);
    const res = await this.http.request({
      origin: url.origin,
      path: url.pathname,
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await this.pushToken()}`,
      },
      body: JSON.stringify(pushBody(address, historyId, messageId)),
    });
    await res.body.dump();
    return res.statusCode;
  }

  /**
   * Counters of work done so far, for per-email figures between two readings (workPer):
   * transactions committed in our database (pg_stat_database; every autocommit statement is
   * one), commands Redis executed, the Gmail fake's requests.
   */
  async workCounters(): Promise<WorkCounters> {
    const [row] = await this.query<{ n: string }>(
      'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1',
      [this.db.name],
    );
    return readWorkCounters(Number(row.n), this.redis.port, this.gmail);
  }

  /**
   * Pauses every job queue of the roles (BullMQ's global pause: workers finish what they run
   * and take nothing new; new jobs wait) and hands back `resume()`. The roles' queues are in the stack's Redis (REDIS_URL is set).
   */
  async pausedQueues(): Promise<{ resume(): Promise<void> }> {
    const connection = new Redis(this.redis.url, { maxRetriesPerRequest: null });
    const queues = ALL_QUEUES.map((name) => new Queue(name, { connection, prefix: this.prefix }));
    await Promise.all(queues.map((q) => q.pause()));
    return {
      resume: async () => {
        await Promise.all(queues.map((q) => q.resume()));
        await Promise.all(queues.map((q) => q.close()));
        await connection.quit();
      },
    };
  }

  /** Pids of the Postgres backends serving our database (for CPU accounting). */
  async backendPids(): Promise<number[]> {
    const rows = await this.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [this.db.name],
    );
    return rows.map((r) => r.pid);
  }

  async query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }

  async close(opts: { keepDatabase?: boolean } = {}): Promise<void> {
    await Promise.all(this.roles.map((r) => r.stop()));
    await this.pool?.end().catch(() => undefined);
    await Promise.all([this.gmail.stop(), this.oidc.stop(), this.http.close()]);
    await this.redis?.stop();
    if (!opts.keepDatabase)
      await this.db?.drop().catch((e: Error) => log(`drop database failed: ${e.message}`));
  }
}
