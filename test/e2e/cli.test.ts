import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/core/net/free-port';
import { MailboxSyncService } from '../../src/modules/ingestion/mailbox-sync.service';
import { EmailRepository } from '../../src/modules/persistence/repositories/email.repository';
import { GmailSandbox } from '../../src/demo/sandbox/gmail-sandbox';
import { startApp } from '../support/app-harness';
import { eventually } from '../support/http';
import { testEnv } from '../support/env';
import { ensureBuilt, runCommand, runNpmScript } from '../support/run-cli';
import { uniqueAddress } from '../support/seed';

/**
 * Every user-facing command, started the way README says (`npm run <script>` from a built
 * checkout), as its own process against the run's database, Redis and the Gmail/OAuth sandbox.
 */
async function query<T>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Plays the user's browser: opens the consent URL and follows Google's redirect to the CLI. */
async function consent(authUrl: string): Promise<{ status: number; text: string }> {
  const page = await fetch(authUrl, { redirect: 'manual' });
  expect(page.status).toBe(302);
  const back = await fetch(page.headers.get('location')!);
  return { status: back.status, text: await back.text() };
}

const AUTH_URL_LINE = /Open this URL in a browser and allow access:\s+(\S+)/;

describe('command-line tools as separate processes', () => {
  const gmail = new GmailSandbox({ clientId: 'cli-client', clientSecret: 'cli-secret' });
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    ensureBuilt();
    await gmail.start();
    env = testEnv({
      GOOGLE_OAUTH_CLIENT_ID: 'cli-client',
      GOOGLE_OAUTH_CLIENT_SECRET: 'cli-secret',
      GOOGLE_OAUTH_AUTH_URL: `${gmail.rootUrl}o/oauth2/v2/auth`,
      GOOGLE_OAUTH_TOKEN_URL: gmail.tokenUrl,
      GMAIL_API_ROOT_URL: gmail.rootUrl,
      GMAIL_PUBSUB_TOPIC: 'projects/cli/topics/gmail',
    });
  }, 180_000);
  afterAll(async () => gmail.stop());

  describe('npm run migration:run', () => {
    const name = `eas_cli_${randomBytes(4).toString('hex')}`;
    const adminUrl = () => process.env.TEST_DATABASE_URL!;
    const dbUrl = () => {
      const url = new URL(adminUrl());
      url.pathname = `/${name}`;
      return url.toString();
    };
    beforeAll(async () => {
      await query(adminUrl(), `CREATE DATABASE ${name}`);
    });
    afterAll(async () => {
      await query(adminUrl(), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });

    it('applies every migration to an empty database, then finds none pending', async () => {
      const first = runNpmScript('migration:run', { ...env, DATABASE_URL: dbUrl() });
      expect(await first.exited, first.err()).toBe(0);
      expect(first.out()).toMatch(/^applied: .*InitialSchema/m);
      const tables = await query<{ table_name: string }>(
        dbUrl(),
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining([
          'emails',
          'processing_tasks',
          'ai_responses',
          'failed_tasks',
          'mailboxes',
        ]),
      );
      const again = runNpmScript('migration:run', { ...env, DATABASE_URL: dbUrl() });
      expect(await again.exited, again.err()).toBe(0);
      expect(again.out()).toBe('no pending migrations\n');
    }, 60_000);

    it('refuses an unknown command with exit 2', async () => {
      const run = runNpmScript('migration:run', { ...env, DATABASE_URL: dbUrl() }, ['revert']);
      expect(await run.exited).toBe(2);
      expect(run.err()).toContain('unknown command "revert"');
    }, 30_000);
  });

  describe('APP_ROLE=api|worker node dist/src/main.js', () => {
    for (const role of ['api', 'worker'] as const) {
      it(`${role}: boots from the build, answers liveness, and exits 0 on SIGTERM`, async () => {
        const port = await freePort();
        const run = runCommand(process.execPath, ['dist/src/main.js'], {
          ...env,
          APP_ROLE: role,
          PORT: String(port),
          WORKER_HEALTH_PORT: String(port),
          PUBSUB_AUDIENCE: 'https://cli.example/api/webhook/gmail',
          PUBSUB_SERVICE_ACCOUNT_EMAIL: 'push@cli.example.com',
        });
        try {
          await eventually(
            async () => (await fetch(`http://127.0.0.1:${port}/api/health/live`)).status === 200,
            60_000,
          );
        } finally {
          run.kill('SIGTERM');
        }
        expect(await run.exited, run.err()).toBe(0);
      }, 90_000);
    }
  });

  describe('npm run gmail:connect', () => {
    it('consent, token exchange, encrypted token, history baseline and users.watch; then the service syncs with it', async () => {
      const address = uniqueAddress('cli-connect');
      gmail.addMailbox(address);
      const old = gmail.deliver(address, {
        from: 'a@b.example',
        subject: 'Before connecting?',
        text: 'Old mail.',
      });
      gmail.signInAs(address);
      const run = runNpmScript('gmail:connect', env);
      const [, authUrl] = await run.waitFor(AUTH_URL_LINE);
      const auth = new URL(authUrl!);
      expect(auth.origin + auth.pathname).toBe(`${gmail.rootUrl}o/oauth2/v2/auth`);
      expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
      expect(auth.searchParams.get('access_type')).toBe('offline');
      expect(auth.searchParams.get('prompt')).toBe('consent');
      const page = await consent(authUrl!);
      expect(page).toEqual({ status: 200, text: 'Mailbox connected. You can close this tab.' });

      expect(await run.exited, run.err()).toBe(0);
      const baseline = gmail.historyId(address);
      expect(run.out()).toMatch(
        new RegExp(`Connected ${address} \\(history baseline ${baseline}, watch until \\d{4}-`),
      );
      // The code was exchanged with the PKCE verifier at the token endpoint.
      expect(gmail.count('POST /token')).toBeGreaterThanOrEqual(1);
      expect(gmail.mailbox(address).watch?.topicName).toBe('projects/cli/topics/gmail');

      const [row] = await query<{
        id: string;
        token: string;
        last_history_id: string;
        watch_expires_at: Date | null;
        status: string;
      }>(
        process.env.TEST_DATABASE_URL!,
        `SELECT id, encrypted_refresh_token AS token, last_history_id, watch_expires_at, status
           FROM mailboxes WHERE email_address = $1`,
        [address],
      );
      expect(row).toBeDefined();
      expect(row!.status).toBe('active');
      expect(row!.last_history_id).toBe(baseline);
      expect(row!.watch_expires_at!.getTime()).toBeGreaterThan(Date.now());
      expect(row!.token).toBeTruthy();
      expect(row!.token).not.toContain('1//fake-');

      // The stored grant is usable by the service (same key): a new message is synced, the
      // message from before the connection is not.
      const fresh = gmail.deliver(address, {
        from: 'c@d.example',
        subject: 'After connecting?',
        text: 'New mail.',
      });
      const worker = await startApp({ ...env, APP_ROLE: 'worker' });
      try {
        await worker.app.get(MailboxSyncService).sync(row!.id);
        const emails = worker.app.get(EmailRepository);
        expect(await emails.findByMessageId(fresh.id)).toBeTruthy();
        expect(await emails.findByMessageId(old.id)).toBeFalsy();
      } finally {
        await worker.close();
      }
    }, 120_000);

    it('a denied consent stores nothing and exits 1 with one line', async () => {
      const address = uniqueAddress('cli-denied');
      gmail.addMailbox(address);
      const run = runNpmScript('gmail:connect', env);
      const [, authUrl] = await run.waitFor(AUTH_URL_LINE);
      const redirect = new URL(new URL(authUrl!).searchParams.get('redirect_uri')!);
      redirect.searchParams.set('error', 'access_denied');
      redirect.searchParams.set('state', new URL(authUrl!).searchParams.get('state')!);
      expect((await fetch(redirect)).status).toBe(400);
      expect(await run.exited).toBe(1);
      expect(run.err()).toBe('gmail:connect failed: authorization denied: access_denied\n');
      const rows = await query(
        process.env.TEST_DATABASE_URL!,
        'SELECT 1 FROM mailboxes WHERE email_address = $1',
        [address],
      );
      expect(rows).toHaveLength(0);
    }, 60_000);

    it('names the missing settings and exits 1 before opening anything', async () => {
      const run = runNpmScript('gmail:connect', {
        ...env,
        GOOGLE_OAUTH_CLIENT_ID: '',
        GOOGLE_OAUTH_CLIENT_SECRET: '',
      });
      expect(await run.exited).toBe(1);
      expect(run.out()).toBe('');
      expect(run.err()).toBe(
        'gmail:connect failed: config error: GOOGLE_OAUTH_CLIENT_ID: required for gmail:connect; ' +
          'GOOGLE_OAUTH_CLIENT_SECRET: required for gmail:connect\n',
      );
    }, 30_000);
  });
});
