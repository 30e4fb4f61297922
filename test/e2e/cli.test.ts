import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/core/net/free-port.js';
import { MailboxSyncService } from '../../src/modules/ingestion/mailbox-sync.service.js';
import { EmailRepository } from '../../src/modules/persistence/repositories/email.repository.js';
import { GmailFake } from '../fakes/gmail/gmail.fake.js';
import { startApp } from '../support/app-harness.js';
import { eventually } from '../support/http.js';
import { testEnv } from '../support/env.js';
import { ensureBuilt, runCommand, runNpmScript } from '../support/run-cli.js';
import { uniqueAddress } from '../support/seed.js';
import { query, scratchDatabase } from '../support/sql.js';

/**
 * Every user-facing command, started the way README says (`npm run <script>` from a built
 * checkout), as its own process against the run's database, Redis and the Gmail/OAuth sandbox.
 */

/** Plays the user's browser: opens the consent URL and follows Google's redirect to the CLI. */
async function consent(authUrl: string): Promise<{ status: number; text: string }> {
  const page = await fetch(authUrl, { redirect: 'manual' });
  expect(page.status).toBe(302);
  const back = await fetch(page.headers.get('location')!);
  return { status: back.status, text: await back.text() };
}

const AUTH_URL_LINE = /Open this URL in a browser and allow access:\s+(\S+)/;

describe('command-line tools as separate processes', () => {
  const gmail = new GmailFake({ clientId: 'cli-client', clientSecret: 'cli-secret' });
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
    const db = scratchDatabase('eas_cli');
    const dbUrl = db.url;
    beforeAll(db.create);
    afterAll(db.drop);

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

    it('show lists applied and pending; revert undoes the last one only; run re-applies it', async () => {
      const dbEnv = { ...env, DATABASE_URL: dbUrl() };
      const show = async () => {
        const run = runNpmScript('migration:run', dbEnv, ['show']);
        expect(await run.exited, run.err()).toBe(0);
        return run.out().trim().split('\n');
      };
      const before = await show();
      expect(before.length).toBeGreaterThan(1);
      expect(before.every((l) => l.startsWith('applied  '))).toBe(true);
      const last = before.at(-1)!.slice('applied  '.length);

      const revert = runNpmScript('migration:run', dbEnv, ['revert']);
      expect(await revert.exited, revert.err()).toBe(0);
      expect(revert.out()).toBe(`reverted: ${last}\n`);
      expect(await show()).toEqual([...before.slice(0, -1), `pending  ${last}`]);

      const run = runNpmScript('migration:run', dbEnv, ['run']);
      expect(await run.exited, run.err()).toBe(0);
      expect(run.out()).toBe(`applied: ${last}\n`);
      expect(await show()).toEqual(before);
    }, 90_000);

    it('refuses an unknown command or option with exit 2 and one line', async () => {
      const dbEnv = { ...env, DATABASE_URL: dbUrl() };
      const command = runNpmScript('migration:run', dbEnv, ['frob']);
      expect(await command.exited).toBe(2);
      expect(command.err()).toBe(
        'migration:run: unknown command "frob" (run, revert or show) (--help for usage)\n',
      );
      const option = runNpmScript('migration:run', dbEnv, ['--frob']);
      expect(await option.exited).toBe(2);
      expect(option.err()).toBe("migration:run: Unknown option '--frob' (--help for usage)\n");
      const extra = runNpmScript('migration:run', dbEnv, ['show', 'more']);
      expect(await extra.exited).toBe(2);
      expect(extra.err()).toMatch(/^migration:run: unexpected argument "more"/);
    }, 30_000);
  });

  // Each case is its own process and reads nothing the others write: run them side by side.
  describe.concurrent('--help and usage errors', () => {
    // Nothing else: the npm scripts go through dev/with-database.ts, which would otherwise start
    // the embedded PostgreSQL before the command reads its command line.
    const withDatabase = () => ({ DATABASE_URL: process.env.TEST_DATABASE_URL });
    for (const script of ['migration:run', 'gmail:connect', 'tokens:reencrypt']) {
      it(`${script}: --help prints the usage and exits 0 without touching anything`, async () => {
        // No settings at all: --help must not need any.
        const run = runNpmScript(script, {}, ['--help']);
        expect(await run.exited, run.err()).toBe(0);
        expect(run.out()).toMatch(/^Usage: npm run /);
        expect(run.out()).toContain('--help');
        expect(run.err()).toBe('');
      }, 30_000);

      it(`${script}: an unknown option exits 2 with one line`, async () => {
        const run = runNpmScript(script, withDatabase(), ['--nope']);
        expect(await run.exited).toBe(2);
        expect(run.err()).toBe(`${script}: Unknown option '--nope' (--help for usage)\n`);
        expect(run.out()).toBe('');
      }, 30_000);
    }

    it('gmail:connect and tokens:reencrypt refuse unknown commands and arguments with exit 2', async () => {
      const connect = runNpmScript('gmail:connect', withDatabase(), ['conect']);
      expect(await connect.exited).toBe(2);
      expect(connect.err()).toBe(
        'gmail:connect: unknown command "conect" (connect, import, list or disconnect) (--help for usage)\n',
      );
      const missing = runNpmScript('gmail:connect', withDatabase(), ['disconnect']);
      expect(await missing.exited).toBe(2);
      expect(missing.err()).toBe(
        'gmail:connect: disconnect needs an email address (--help for usage)\n',
      );
      const reencrypt = runNpmScript('tokens:reencrypt', withDatabase(), ['now']);
      expect(await reencrypt.exited).toBe(2);
      expect(reencrypt.err()).toBe('tokens:reencrypt: takes no arguments (--help for usage)\n');
    }, 30_000);
  });

  /**
   * Settings from `.env` in the working directory (or ENV_FILE) under the process environment.
   * Run from a scratch directory holding the .env, as a user runs the built commands.
   */
  describe('.env', () => {
    const migrate = resolve(import.meta.dirname, '../../dist/src/cli/migrate.js');
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'eas-dotenv-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const runIn = (dotenv: string, extra: NodeJS.ProcessEnv) => {
      writeFileSync(join(dir, '.env'), dotenv);
      // No DATABASE_URL in the environment, no ENV_FILE (the default: ./.env) unless `extra`.
      const given = { ...env, DATABASE_URL: undefined, ENV_FILE: undefined, ...extra };
      return runCommand(process.execPath, [migrate, 'show'], given, { cwd: dir });
    };

    it('reads the settings the environment does not set from ./.env', async () => {
      const run = runIn(`# local settings\nDATABASE_URL=${process.env.TEST_DATABASE_URL}\n`, {});
      expect(await run.exited, run.err()).toBe(0);
      expect(run.out()).toMatch(/^(applied|pending) {2}InitialSchema/m);
    }, 30_000);

    it('lets the process environment win over .env', async () => {
      const run = runIn('DATABASE_URL=mysql://not-used\nPORT=notaport\n', {
        DATABASE_URL: process.env.TEST_DATABASE_URL,
        PORT: '3000',
      });
      expect(await run.exited, run.err()).toBe(0);
      expect(run.out()).toMatch(/^(applied|pending) {2}InitialSchema/m);
    }, 30_000);

    it('exits 78 with one line on a malformed .env, never echoing a value', async () => {
      const run = runIn('DATABASE_URL=postgres://x\nsk-live-secret-value\n', {});
      expect(await run.exited).toBe(78);
      expect(run.err()).toBe(
        'migration:run failed: config error: .env: line 2: expected KEY=value\n',
      );
      expect(run.out()).toBe('');
    }, 30_000);

    it('reads ENV_FILE instead when set; a missing one exits 78', async () => {
      writeFileSync(join(dir, 'other.env'), `DATABASE_URL=${process.env.TEST_DATABASE_URL}\n`);
      const named = runIn('DATABASE_URL=mysql://not-used\n', { ENV_FILE: 'other.env' });
      expect(await named.exited, named.err()).toBe(0);
      const missing = runIn('', { ENV_FILE: 'missing.env' });
      expect(await missing.exited).toBe(78);
      expect(missing.err()).toBe(
        'migration:run failed: config error: ENV_FILE: cannot read missing.env (ENOENT)\n',
      );
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

    it('list shows connected mailboxes without tokens; disconnect stops the watch, deletes the token and marks it disconnected', async () => {
      const address = uniqueAddress('cli-list');
      gmail.addMailbox(address);
      gmail.signInAs(address);
      const connect = runNpmScript('gmail:connect', env);
      const [, authUrl] = await connect.waitFor(AUTH_URL_LINE);
      await consent(authUrl!);
      expect(await connect.exited, connect.err()).toBe(0);
      const tokenOf = async () =>
        (
          await query<{ token: string | null; status: string; watch: Date | null }>(
            process.env.TEST_DATABASE_URL!,
            `SELECT encrypted_refresh_token AS token, status, watch_expires_at AS watch
               FROM mailboxes WHERE email_address = $1`,
            [address],
          )
        )[0]!;
      const stored = await tokenOf();
      expect(stored.token).toBeTruthy();

      const list = runNpmScript('gmail:connect', env, ['list']);
      expect(await list.exited, list.err()).toBe(0);
      const line = list
        .out()
        .split('\n')
        .find((l) => l.startsWith(`${address} `));
      expect(line).toBe(
        `${address}  active  history ${gmail.historyId(address)}  watch until ${stored.watch!.toISOString()}`,
      );
      expect(list.out()).not.toContain(stored.token!);
      expect(list.out()).not.toContain('1//fake-');

      const stops = gmail.count('POST /gmail/v1/users/me/stop');
      const disconnect = runNpmScript('gmail:connect', env, ['disconnect', address]);
      expect(await disconnect.exited, disconnect.err()).toBe(0);
      expect(disconnect.out()).toBe(`Disconnected ${address}: token deleted, watch stopped.\n`);
      expect(gmail.count('POST /gmail/v1/users/me/stop')).toBe(stops + 1);
      expect(gmail.mailbox(address).watch).toBeUndefined();
      expect(await tokenOf()).toEqual({ token: null, status: 'disconnected', watch: null });

      const after = runNpmScript('gmail:connect', env, ['list']);
      expect(await after.exited, after.err()).toBe(0);
      expect(after.out()).toContain(`${address}  disconnected  history `);

      const unknown = runNpmScript('gmail:connect', env, ['disconnect', 'nobody@cli.example']);
      expect(await unknown.exited).toBe(1);
      expect(unknown.err()).toBe('gmail:connect: no mailbox "nobody@cli.example"\n');
    }, 120_000);

    it('import connects a file of grants as connect does each (encrypted token, baseline, watch); a bad grant is named by line only', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'eas-import-'));
      try {
        const tag = uniqueAddress('cli-import').split('@')[0]!;
        const grants = Array.from({ length: 12 }, (_, i) =>
          gmail.addMailbox(`${tag}-${i}@import.example`),
        );
        const revoked = gmail.addMailbox(`${tag}-revoked@import.example`);
        gmail.revoke(revoked.refreshToken);
        const lines = [
          '# exported grants',
          ...grants.map((g, i) =>
            JSON.stringify({ refresh_token: g.refreshToken, display_name: `Box ${i}` }),
          ),
          '',
          JSON.stringify({ refresh_token: revoked.refreshToken }),
        ];
        const file = join(dir, 'grants.jsonl');
        writeFileSync(file, `${lines.join('\n')}\n`);
        const run = runNpmScript('gmail:connect', env, ['import', file, '--concurrency', '4']);
        expect(await run.exited, run.err()).toBe(1);
        expect(run.out()).toMatch(/^Imported 12 of 13 mailboxes in \d+\.\d s\.\n$/);
        expect(run.err()).toMatch(/^line 15: not connected \(GMAIL_AUTH_REVOKED\)\n$/);
        expect(run.out() + run.err()).not.toContain('1//fake-');

        const rows = await query<{
          email_address: string;
          display_name: string;
          token: string;
          last_history_id: string;
          watch_expires_at: Date | null;
          status: string;
        }>(
          process.env.TEST_DATABASE_URL!,
          `SELECT email_address, display_name, encrypted_refresh_token AS token, last_history_id,
                  watch_expires_at, status
             FROM mailboxes WHERE email_address LIKE $1 ORDER BY email_address`,
          [`${tag}-%`],
        );
        expect(rows.map((r) => r.email_address).sort()).toEqual(grants.map((g) => g.email).sort());
        for (const row of rows) {
          expect(row.status).toBe('active');
          expect(row.display_name).toMatch(/^Box \d+$/);
          expect(row.last_history_id).toBe(gmail.historyId(row.email_address));
          expect(row.watch_expires_at!.getTime()).toBeGreaterThan(Date.now());
          expect(row.token).toBeTruthy();
          expect(row.token).not.toContain('1//fake-');
          expect(gmail.mailbox(row.email_address).watch?.topicName).toBe(
            'projects/cli/topics/gmail',
          );
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
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

    it('names the missing settings and exits 78 before opening anything', async () => {
      const run = runNpmScript('gmail:connect', {
        ...env,
        GOOGLE_OAUTH_CLIENT_ID: '',
        GOOGLE_OAUTH_CLIENT_SECRET: '',
      });
      expect(await run.exited).toBe(78);
      expect(run.out()).toBe('');
      expect(run.err()).toBe(
        'gmail:connect failed: config error: GOOGLE_OAUTH_CLIENT_ID: required for gmail:connect; ' +
          'GOOGLE_OAUTH_CLIENT_SECRET: required for gmail:connect\n',
      );
    }, 30_000);
  });
});
