import { DataSource } from 'typeorm';
import { GmailFake } from '../fakes/gmail/gmail.fake.js';
import { OidcFake, pushBody } from '../fakes/oidc.fake.js';
import type { GmailMessageSpec } from '../fakes/gmail/gmail-message.builder.js';
import { ProcessingTaskEntity } from '../../src/modules/persistence/entities/processing-task.entity.js';
import { MailboxEntity } from '../../src/modules/persistence/entities/mailbox.entity.js';
import { startApp, TestApp } from './app-harness.js';
import { eventually, http, HttpResult } from './http.js';
import { seedMailbox, uniqueAddress } from './seed.js';

export interface TaskRow {
  task_id: string;
  email_id: number;
  message_id: string;
  status: string;
  stage: string;
  skip_reason: string | null;
  category: string | null;
  confidence: number | null;
  model_used: string | null;
  tokens_used: number | null;
  generated_reply: string | null;
  draft_id: string | null;
  processed: boolean;
}

/**
 * The whole product on one machine: the app in role `all` (webhook + workers) against the run's
 * Postgres and Redis, a Gmail fake holding the inbox, and an OIDC fake signing Pub/Sub pushes.
 */
export class PipelineRig {
  readonly gmail = new GmailFake();
  readonly oidc = new OidcFake();
  t!: TestApp;

  async start(env: Record<string, string> = {}): Promise<this> {
    await Promise.all([this.gmail.start(), this.oidc.start()]);
    this.t = await startApp({
      APP_ROLE: 'all',
      GMAIL_API_ROOT_URL: this.gmail.rootUrl,
      GOOGLE_OAUTH_TOKEN_URL: this.gmail.tokenUrl,
      GOOGLE_OAUTH_CLIENT_ID: 'client-id',
      GOOGLE_OAUTH_CLIENT_SECRET: 'client-secret',
      PUBSUB_AUDIENCE: OidcFake.audience,
      PUBSUB_SERVICE_ACCOUNT_EMAIL: OidcFake.serviceAccount,
      GOOGLE_OIDC_JWKS_URL: this.oidc.url,
      ...env,
    });
    return this;
  }

  async stop(): Promise<void> {
    await this.t?.close();
    await Promise.all([this.gmail.stop(), this.oidc.stop()]);
  }

  /** A mailbox known to both Gmail (fake) and the service, baseline at Gmail's current history. */
  async mailbox(prefix = 'owner'): Promise<MailboxEntity & { refreshToken: string }> {
    const address = uniqueAddress(prefix);
    const { refreshToken } = this.gmail.addMailbox(address);
    const mailbox = await seedMailbox(this.t.app, address, {
      refreshToken,
      historyId: this.gmail.historyId(address),
    });
    return Object.assign(mailbox, { refreshToken });
  }

  /** Mail arrives in Gmail; Pub/Sub pushes the new history id. */
  async receive(
    address: string,
    spec: GmailMessageSpec,
    opts: { push?: boolean; labelIds?: string[]; spam?: boolean } = {},
  ) {
    const delivered = this.gmail.deliver(address, spec, {
      labelIds: opts.labelIds,
      spam: opts.spam,
    });
    if (opts.push !== false) {
      const res = await this.push(address, delivered.historyId);
      if (res.status !== 204) throw new Error(`push answered ${res.status}: ${res.text}`);
    }
    return delivered;
  }

  async push(address: string, historyId: string | number, messageId?: string): Promise<HttpResult> {
    return http('POST', `${this.t.url}/api/webhook/gmail`, {
      body: pushBody(address, historyId, messageId),
      headers: { authorization: `Bearer ${await this.oidc.token()}` },
    });
  }

  db(): DataSource {
    return this.t.app.get(DataSource);
  }

  async task(gmailMessageId: string): Promise<TaskRow | undefined> {
    const rows: TaskRow[] = await this.db().query(
      `SELECT t.id AS task_id, e.id AS email_id, e.message_id, t.status, t.stage, t.skip_reason, r.category, r.confidence,
              r.model_used, r.tokens_used, r.generated_reply, r.draft_id, e.processed
         FROM emails e JOIN processing_tasks t ON t.email_id = e.id LEFT JOIN ai_responses r ON r.task_id = t.id
        WHERE e.message_id = $1 ORDER BY t.created_at DESC LIMIT 1`,
      [gmailMessageId],
    );
    return rows[0];
  }

  /** Waits until the email's latest task reached a final state. */
  async settled(gmailMessageId: string, timeoutMs = 20_000): Promise<TaskRow> {
    return eventually(async () => {
      const row = await this.task(gmailMessageId);
      return row && ['completed', 'failed', 'skipped'].includes(row.status) ? row : null;
    }, timeoutMs);
  }

  async failedTasks(taskId: string): Promise<
    {
      id: number;
      task_name: string;
      error_code: string;
      raw_output: string | null;
      resolved_at: Date | null;
      retry_count: number;
      dlq_retries: number;
    }[]
  > {
    return this.db().query('SELECT * FROM failed_tasks WHERE task_id = $1 ORDER BY id', [taskId]);
  }

  async taskEntity(taskId: string): Promise<ProcessingTaskEntity | null> {
    return this.db().getRepository(ProcessingTaskEntity).findOneBy({ id: taskId });
  }
}
