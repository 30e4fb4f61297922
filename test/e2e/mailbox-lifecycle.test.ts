import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KYSELY, type Executor } from '../../src/modules/persistence/database/database.js';
import { MailboxRepository } from '../../src/modules/persistence/repositories/mailbox.repository.js';
import { RetentionService } from '../../src/modules/retention/retention.service.js';
import { GmailFake } from '../fakes/gmail/gmail.fake.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { http } from '../support/http.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const OPERATOR = `o-${randomBytes(12).toString('hex')}`;
const ADMIN = `a-${randomBytes(12).toString('hex')}`;
const STOP = 'POST /gmail/v1/users/me/stop';

/**
 * A mailbox's life through the api role: connected from a browser (Google's web flow with state
 * and PKCE, against the Gmail fake's consent page and token endpoint), disconnected with or
 * without its mail, and its old content pruned by the retention policy.
 */
describe('mailbox lifecycle', () => {
  const gmail = new GmailFake({ clientId: 'client-id', clientSecret: 'client-secret' });
  let t: TestApp;
  let db: Executor;

  const post = (path: string, body?: unknown, key = OPERATOR) =>
    http('POST', `${t.url}${path}`, { body, headers: { 'x-api-key': key } });

  /** Opens the consent page as the signed-in Google user would: Google's redirect back to us. */
  async function consent(authorizationUrl: string): Promise<URL> {
    const res = await fetch(authorizationUrl, { redirect: 'manual' });
    expect(res.status).toBe(302);
    return new URL(res.headers.get('location')!);
  }

  beforeAll(async () => {
    await gmail.start();
    t = await startApp({
      APP_ROLE: 'api',
      ADMIN_API_KEYS: `operator:${sha(OPERATOR)},admin:${sha(ADMIN)}`,
      GMAIL_API_ROOT_URL: gmail.rootUrl,
      GOOGLE_OAUTH_TOKEN_URL: gmail.tokenUrl,
      GOOGLE_OAUTH_AUTH_URL: `${gmail.rootUrl}o/oauth2/v2/auth`,
      GOOGLE_OAUTH_CLIENT_ID: 'client-id',
      GOOGLE_OAUTH_CLIENT_SECRET: 'client-secret',
      GMAIL_PUBSUB_TOPIC: 'projects/test/topics/gmail',
      // The api's own address is only known once it listens: set below through the config.
      GOOGLE_OAUTH_REDIRECT_URI: 'http://127.0.0.1:1/api/v1/oauth/google/callback',
      RETENTION_DAYS: '30',
    });
    db = t.app.get<Executor>(KYSELY);
  });
  afterAll(async () => {
    await t?.close();
    await gmail.stop();
  });

  it('connects a mailbox from a browser once, and refuses a replayed or forged callback', async () => {
    const address = uniqueAddress('web');
    gmail.signInAs(address);
    const started = await post('/api/v1/mailboxes/connect');
    expect(started.status).toBe(200);
    const auth = new URL(started.body.authorization_url);
    expect(auth.searchParams.get('code_challenge_method')).toBe('S256');
    expect(auth.searchParams.get('access_type')).toBe('offline');
    expect(auth.searchParams.get('state')).toMatch(/^[\w-]{40,}$/);
    expect(new Date(started.body.expires_at).getTime()).toBeGreaterThan(Date.now());

    // Google redirects to the configured URI; the test's api listens elsewhere.
    const redirect = await consent(started.body.authorization_url);
    const callback = `${t.url}${redirect.pathname}${redirect.search}`;
    const done = await fetch(callback);
    expect(done.status).toBe(200);
    expect(done.headers.get('content-type')).toContain('text/html');
    const page = await done.text();
    expect(page).toContain(address);
    expect(page).not.toContain(redirect.searchParams.get('code')!);

    const mailbox = await t.app.get(MailboxRepository).findByEmail(address);
    expect(mailbox).toMatchObject({ status: 'active' });
    expect(mailbox!.watchExpiresAt).not.toBeNull();
    const stored = await t.app.get(MailboxRepository).getEncryptedToken(mailbox!.id);
    expect(stored).toBeTruthy();

    // The state was used: the same callback again connects nothing.
    const replay = await fetch(callback);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toContain('not connected');
    // A state never issued, a missing one, and a denied consent are refused too.
    for (const query of ['?state=forged&code=x', '?code=x', '?error=access_denied&state=y']) {
      const res = await fetch(`${t.url}/api/v1/oauth/google/callback${query}`);
      expect(res.status).toBe(400);
    }
  });

  it('refuses a consent whose code does not match its PKCE verifier', async () => {
    gmail.signInAs(uniqueAddress('pkce'));
    const first = await post('/api/v1/mailboxes/connect');
    const second = await post('/api/v1/mailboxes/connect');
    const codeOfFirst = (await consent(first.body.authorization_url)).searchParams.get('code')!;
    const stateOfSecond = new URL(second.body.authorization_url).searchParams.get('state')!;
    const res = await fetch(
      `${t.url}/api/v1/oauth/google/callback?state=${stateOfSecond}&code=${encodeURIComponent(codeOfFirst)}`,
    );
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Google refused');
  });

  it('needs an operator key to start', async () => {
    const res = await http('POST', `${t.url}/api/v1/mailboxes/connect`);
    expect(res.status).toBe(401);
  });

  it('disconnects: stops the watch, erases the grant, keeps or purges the mail', async () => {
    const keep = uniqueAddress('keep');
    const purge = uniqueAddress('purge');
    const ids: string[] = [];
    for (const address of [keep, purge]) {
      const { refreshToken } = gmail.addMailbox(address);
      const mb = await seedMailbox(t.app, address, {
        refreshToken,
        historyId: gmail.historyId(address),
      });
      ids.push(mb.id);
      await db
        .insertInto('emails')
        .values({ mailboxId: mb.id, messageId: `m-${randomBytes(6).toString('hex')}` })
        .execute();
    }
    const stopsBefore = gmail.count(STOP);
    const kept = await post(`/api/v1/mailboxes/${ids[0]}/disconnect`, {}, ADMIN);
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({
      mailbox: { status: 'disconnected' },
      watch_stopped: true,
      purged: null,
    });
    const purged = await post(`/api/v1/mailboxes/${ids[1]}/disconnect`, { purge: true }, ADMIN);
    expect(purged.body).toMatchObject({ watch_stopped: true, purged: { emails: 1 } });
    expect(gmail.count(STOP) - stopsBefore).toBe(2);
    for (const id of ids)
      expect(await t.app.get(MailboxRepository).getEncryptedToken(id)).toBeNull();
    const left = await db
      .selectFrom('emails')
      .select(['mailboxId', sql<number>`count(*)::int`.as('n')])
      .where('mailboxId', 'in', ids)
      .groupBy('mailboxId')
      .execute();
    expect(left).toEqual([{ mailboxId: ids[0], n: 1 }]);
    // Operators may not disconnect; a bad body is refused.
    expect((await post(`/api/v1/mailboxes/${ids[0]}/disconnect`, {})).status).toBe(403);
    expect(
      (await post(`/api/v1/mailboxes/${ids[0]}/disconnect`, { purge: 'yes' }, ADMIN)).status,
    ).toBe(400);
  });

  it('prunes content older than RETENTION_DAYS and keeps the rows', async () => {
    const address = uniqueAddress('old');
    const mb = await seedMailbox(t.app, address, { refreshToken: 'x', historyId: '1' });
    const emailAt = async (days: number) =>
      (
        await db
          .insertInto('emails')
          .values({
            mailboxId: mb.id,
            messageId: `r-${randomBytes(6).toString('hex')}`,
            subject: 'Private subject',
            sender: 'someone@example.com',
            createdAt: new Date(Date.now() - days * 86_400_000),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const old = await emailAt(45);
    const recent = await emailAt(5);
    // Batch API requests carry the prompt and the answer: finished old ones go, live ones stay.
    const batchRequest = async (state: 'done' | 'pending', days: number) => {
      const emailId = await emailAt(days);
      const task = await db
        .insertInto('processingTasks')
        .values({ emailId, correlationId: randomUUID() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('llmBatchRequests')
        .values({
          taskId: task.id,
          state,
          body: '{"prompt":"Private subject"}',
          updatedAt: new Date(Date.now() - days * 86_400_000),
        })
        .execute();
      return task.id;
    };
    const oldDone = await batchRequest('done', 45);
    const oldPending = await batchRequest('pending', 45);
    const recentDone = await batchRequest('done', 5);
    const pruned = await t.app.get(RetentionService).prune();
    expect(pruned.emails).toBeGreaterThanOrEqual(1);
    expect(pruned.batchRequests).toBeGreaterThanOrEqual(1);
    const left = await db
      .selectFrom('llmBatchRequests')
      .select('taskId')
      .where('taskId', 'in', [oldDone, oldPending, recentDone])
      .execute();
    expect(left.map((r) => r.taskId).sort()).toEqual([oldPending, recentDone].sort());
    // The database is shared by the test files: leave no live request for a Batch submitter.
    await db
      .deleteFrom('llmBatchRequests')
      .where('taskId', 'in', [oldPending, recentDone])
      .execute();
    const rows = await db
      .selectFrom('emails')
      .select(['id', 'subject', 'sender'])
      .where('id', 'in', [old, recent])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: old, subject: null, sender: null },
      { id: recent, subject: 'Private subject', sender: 'someone@example.com' },
    ]);
  });
});
