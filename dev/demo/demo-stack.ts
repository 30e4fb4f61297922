import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHash, randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { bootstrapApi } from '../../src/bootstrap/api.js';
import { type DevDatabase, resolveDevDatabase } from '../database/dev-database.js';
import { type AppConfig, loadAppConfig } from '../../src/app/app-config.js';
import { runMigrations } from '../../src/core/database/migrate.js';
import { setBackoffScale } from '../../src/core/queue/job-failure.js';
import { queueBackendOf, type QueueBackend } from '../../src/core/queue/queue-backend.js';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { selectLlmProviders } from '../../src/modules/llm/llm-provider.factory.js';
import { MailboxConnectService } from '../../src/modules/ingestion/mailbox-connect.service.js';
import { MailboxRepository } from '../../src/modules/persistence/repositories/mailbox.repository.js';
import { MailboxSettingsService } from '../../src/modules/mailbox-settings/mailbox-settings.service.js';
import { KnowledgeNotesService } from '../../src/modules/knowledge-notes/knowledge-notes.service.js';
import { DEMO_NOTES, DEMO_OWNER, DEMO_SETTINGS } from './inbox/index.js';
import { AccountsService } from '../../src/modules/accounts/accounts.service.js';
import { UserRepository } from '../../src/modules/persistence/repositories/user.repository.js';
import { ensureConsoleBuilt } from '../console-build.js';
import { GmailFake } from '../../test/fakes/gmail/gmail.fake.js';
import { OidcFake } from '../../test/fakes/oidc.fake.js';

const CLIENT_ID = 'northwind-demo.apps.sandbox';
const CLIENT_SECRET = 'demo-client-secret';
const PUBSUB_TOPIC = 'projects/northwind-demo/topics/gmail';
const DEFAULT_LOG_FILE = '.data/demo.log';

export interface DemoStackOptions {
  env: NodeJS.ProcessEnv;
  log: (line: string) => void;
}

export interface StartTimings {
  sandboxesMs: number;
  databaseMs: number;
  migrationsMs: number;
  appMs: number;
}

/**
 * Everything the demo runs, in this one process: the Gmail sandbox and Google's OIDC side of
 * Pub/Sub (local HTTP servers), the embedded or given PostgreSQL, and the real application in
 * role `all` (webhook, admin API, Swagger and the workers), connected to the sandbox mailbox
 * through the real OAuth connect flow.
 */
export class DemoStack {
  readonly gmail = new GmailFake({ clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
  readonly oidc = new OidcFake();
  database!: DevDatabase;
  config!: AppConfig;
  app!: NestFastifyApplication;
  apiUrl = '';
  /** Printed for the user when the demo generated the admin key itself. */
  adminKey?: string;
  mailboxId = '';
  /** The demo owner's console account. */
  ownerId = '';
  llm = '';
  readonly timings: StartTimings = { sandboxesMs: 0, databaseMs: 0, migrationsMs: 0, appMs: 0 };

  async start({ env, log }: DemoStackOptions): Promise<void> {
    let t = Date.now();
    await Promise.all([this.gmail.start(), this.oidc.start()]);
    const { refreshToken } = this.gmail.addMailbox(DEMO_OWNER.address);
    this.timings.sandboxesMs = Date.now() - t;

    // The default log file holds this run only (a LOG_FILE of the user's is appended to).
    if (!env.LOG_FILE) await rm(DEFAULT_LOG_FILE, { force: true });
    if (!env.ADMIN_API_KEYS) this.adminKey = `demo-${randomBytes(12).toString('base64url')}`;
    const config = loadAppConfig({
      ...env,
      APP_ROLE: 'all',
      LOG_LEVEL: env.LOG_LEVEL ?? 'info',
      // The live view owns the terminal; the service's JSON logs go to a file.
      LOG_FILE: env.LOG_FILE ?? DEFAULT_LOG_FILE,
      // The demo points at Swagger UI (off by default for production).
      SWAGGER_ENABLED: env.SWAGGER_ENABLED ?? 'true',
      GMAIL_API_ROOT_URL: this.gmail.rootUrl,
      GOOGLE_OAUTH_TOKEN_URL: this.gmail.tokenUrl,
      GOOGLE_OAUTH_CLIENT_ID: CLIENT_ID,
      GOOGLE_OAUTH_CLIENT_SECRET: CLIENT_SECRET,
      GMAIL_PUBSUB_TOPIC: PUBSUB_TOPIC,
      // The real push verification runs: tokens are signed by the OIDC sandbox's own key.
      PUBSUB_AUDIENCE: OidcFake.audience,
      PUBSUB_SERVICE_ACCOUNT_EMAIL: OidcFake.serviceAccount,
      GOOGLE_OIDC_JWKS_URL: this.oidc.url,
      TOKEN_ENCRYPTION_KEY: env.TOKEN_ENCRYPTION_KEY ?? randomBytes(32).toString('base64'),
      ADMIN_API_KEYS:
        env.ADMIN_API_KEYS ?? `admin:${createHash('sha256').update(this.adminKey!).digest('hex')}`,
    });
    const llm = selectLlmProviders(config.llm);
    this.llm = llm.fallback ? `${llm.primary} (fallback ${llm.fallback})` : llm.primary;

    t = Date.now();
    // Embedded: a database of its own, emptied on every run, so the summary is this run's.
    this.database = await resolveDevDatabase(env, {
      database: 'email_assistant_demo',
      freshDatabase: true,
      log,
    });
    const database = { ...config.database, DATABASE_URL: this.database.url };
    this.config = { ...config, database };
    this.timings.databaseMs = Date.now() - t;

    t = Date.now();
    setBackoffScale(this.config.queue.RETRY_BACKOFF_SCALE);
    await runMigrations({ ...this.config.database, ...this.config.queue });
    this.timings.migrationsMs = Date.now() - t;

    t = Date.now();
    // The api serves the web console from dist/console: built here when a checkout lacks it.
    await ensureConsoleBuilt();
    this.app = await bootstrapApi(this.config);
    const { port } = this.app.getHttpServer().address() as AddressInfo;
    this.apiUrl = `http://127.0.0.1:${port}`;
    const mailbox = await this.app
      .get(MailboxConnectService)
      .connect(refreshToken, { displayName: DEMO_OWNER.name });
    // The sandbox is a new Gmail on every run; with a reused database the old baseline is stale.
    const mailboxes = this.app.get(MailboxRepository);
    await mailboxes.resetHistoryId(mailbox.id, this.gmail.historyId(DEMO_OWNER.address));
    await mailboxes.setStatus(mailbox.id, 'active');
    // As PUT /api/v1/mailboxes/:id/settings would: the pipeline reads it with the next email.
    await this.app.get(MailboxSettingsService).replace(mailbox.id, DEMO_SETTINGS);
    // As POST /api/v1/mailboxes/:id/notes would.
    for (const note of DEMO_NOTES)
      await this.app.get(KnowledgeNotesService).create(mailbox.id, note);
    this.mailboxId = mailbox.id;
    // The mailbox's owner has a console account (random password: the demo signs in by link).
    const users = this.app.get(UserRepository);
    const owner =
      (await users.findByEmail(DEMO_OWNER.address)) ??
      (await this.app
        .get(AccountsService)
        .createUser(DEMO_OWNER.address, randomBytes(18).toString('base64url'), DEMO_OWNER.name));
    await users.assignMailbox(mailbox.id, owner.id);
    this.ownerId = owner.id;
    this.timings.appMs = Date.now() - t;
  }

  /** A one-time link that signs the visitor in to the console as the demo owner. */
  async consoleSignInLink(): Promise<string> {
    const { token } = await this.app.get(AccountsService).issueLoginLink(this.ownerId);
    return `${this.apiUrl.replace('127.0.0.1', 'localhost')}/api/v1/session/link?token=${token}`;
  }

  get queue(): QueueBackend {
    return queueBackendOf(this.config.queue);
  }

  /** What runs where, one line each, for the header. */
  describe(): string[] {
    return [
      this.database.describe(),
      this.queue === 'redis'
        ? 'queues, locks and heartbeats: Redis (REDIS_URL)'
        : "REDIS_URL not set: queues on BullMQ's PostgreSQL backend, locks and heartbeats in PostgreSQL, Gmail quota per process",
      'mailbox settings (PUT /api/v1/mailboxes/:id/settings): owner profile, reply instructions, a triage rule, a signature every draft ends with; triage labels AI/* in Gmail',
      'a knowledge note (POST /api/v1/mailboxes/:id/notes): seat prices and a renewals link, which the renewal question’s draft passes on',
    ];
  }

  get webhookUrl(): string {
    return `${this.apiUrl}/api/webhook/gmail`;
  }

  db(): DataSource {
    return this.app.get(DataSource);
  }

  jobs(): JobQueueService {
    return this.app.get(JobQueueService);
  }

  /** App first (in-flight jobs finish), then the database it used, then the sandboxes. */
  async stop(): Promise<void> {
    await this.app?.close().catch(() => undefined);
    await this.database?.stop().catch(() => undefined);
    await Promise.all([this.gmail.stop(), this.oidc.stop()]);
  }
}
