import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KYSELY, type Executor } from '../../src/modules/persistence/database/database.js';
import { GmailFake } from '../fakes/gmail/gmail.fake.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { http } from '../support/http.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';

const sha = (key: string) => createHash('sha256').update(key).digest('hex');
const ADMIN = `a-${randomBytes(12).toString('hex')}`;
const PASSWORD = 'correct horse battery';

interface Owner {
  id: string;
  email: string;
  cookie: string;
  csrf: string;
}

/**
 * Console owner accounts through the API: sign-in and its cookie, sessions that end, CSRF on
 * writes, sign-in limits, and an owner confined to their own mailboxes on every route (404 for
 * anyone else's, 403 on operator routes) while API keys keep seeing everything.
 */
describe('console accounts', () => {
  const gmail = new GmailFake({ clientId: 'client-id', clientSecret: 'client-secret' });
  let t: TestApp;
  let db: Executor;
  let alice: Owner;
  let bob: Owner;
  const mailboxOf: Record<string, string> = {};
  const emailOf: Record<string, number> = {};

  const admin = (method: string, path: string, body?: unknown) =>
    http(method, `${t.url}${path}`, { body, headers: { 'x-api-key': ADMIN } });
  const as = (owner: Owner, method: string, path: string, body?: unknown, csrf = true) =>
    http(method, `${t.url}${path}`, {
      body,
      headers: { cookie: owner.cookie, ...(csrf ? { 'x-csrf-token': owner.csrf } : {}) },
    });

  async function signIn(email: string, password = PASSWORD) {
    return http('POST', `${t.url}/api/v1/session`, { body: { email, password } });
  }

  async function owner(name: string): Promise<Owner> {
    const email = uniqueAddress(name);
    const created = await admin('POST', '/api/v1/users', { email, password: PASSWORD });
    expect(created.status).toBe(201);
    const res = await signIn(email.toUpperCase());
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    return { id: created.body.id, email, cookie, csrf: res.body.csrf_token };
  }

  beforeAll(async () => {
    await gmail.start();
    t = await startApp({
      APP_ROLE: 'api',
      ADMIN_API_KEYS: `admin:${sha(ADMIN)}`,
      LOGIN_ATTEMPTS_PER_ACCOUNT: '3',
      GMAIL_API_ROOT_URL: gmail.rootUrl,
      GOOGLE_OAUTH_TOKEN_URL: gmail.tokenUrl,
      GOOGLE_OAUTH_AUTH_URL: `${gmail.rootUrl}o/oauth2/v2/auth`,
      GOOGLE_OAUTH_CLIENT_ID: 'client-id',
      GOOGLE_OAUTH_CLIENT_SECRET: 'client-secret',
      GOOGLE_OAUTH_REDIRECT_URI: 'http://127.0.0.1:1/api/v1/oauth/google/callback',
    });
    db = t.app.get<Executor>(KYSELY);
    alice = await owner('alice');
    bob = await owner('bob');
    for (const [name, who] of [
      ['alice', alice],
      ['bob', bob],
    ] as const) {
      const mb = await seedMailbox(t.app, uniqueAddress(`${name}-box`));
      expect(
        (await admin('PUT', `/api/v1/mailboxes/${mb.id}/owner`, { owner_id: who.id })).status,
      ).toBe(200);
      mailboxOf[name] = mb.id;
      const email = await db
        .insertInto('emails')
        .values({ mailboxId: mb.id, messageId: `m-${randomBytes(8).toString('hex')}` })
        .returning('id')
        .executeTakeFirstOrThrow();
      emailOf[name] = email.id;
    }
  });
  afterAll(async () => {
    await t?.close();
    await gmail.stop();
  });

  it('signs in with an httpOnly SameSite=Strict cookie and refuses a wrong password alike for any address', async () => {
    const res = await signIn(alice.email);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^ea_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/api');
    expect(res.body.user).toEqual({ id: alice.id, email: alice.email, display_name: null });
    const me = await as(alice, 'GET', '/api/v1/session');
    expect(me.body).toMatchObject({ user: { id: alice.id }, csrf_token: alice.csrf });
    const wrong = await signIn(bob.email, 'not the password');
    const unknown = await signIn(uniqueAddress('nobody'));
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('signs in once through an operator-issued link', async () => {
    const issued = await admin('POST', `/api/v1/users/${alice.id}/login-link`);
    expect(issued.status).toBe(201);
    expect(issued.body.path).toMatch(/^\/api\/v1\/session\/link\?token=[\w-]{43}$/);
    const first = await fetch(`${t.url}${issued.body.path}`, { redirect: 'manual' });
    expect(first.status).toBe(302);
    expect(first.headers.get('location')).toBe('/console/');
    const cookie = first.headers.get('set-cookie')!.split(';')[0];
    const me = await http('GET', `${t.url}/api/v1/session`, { headers: { cookie } });
    expect(me.body.user.id).toBe(alice.id);
    const again = await fetch(`${t.url}${issued.body.path}`, { redirect: 'manual' });
    expect(again.status).toBe(302);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect((await as(alice, 'POST', `/api/v1/users/${alice.id}/login-link`)).status).toBe(403);
  });

  it('shows an owner only their own mailboxes, emails and stats', async () => {
    const list = await as(alice, 'GET', '/api/v1/mailboxes');
    expect(list.body.items.map((m: { id: string }) => m.id)).toEqual([mailboxOf.alice]);
    expect(list.body.items[0].owner_id).toBe(alice.id);
    const emails = await as(alice, 'GET', '/api/v1/emails');
    expect(emails.body.items.map((e: { id: number }) => e.id)).toEqual([emailOf.alice]);
    const filtered = await as(alice, 'GET', `/api/v1/emails?mailbox=${mailboxOf.bob}`);
    expect(filtered.body.items).toEqual([]);
    const stats = await as(alice, 'GET', '/api/v1/stats?hours=1');
    expect(stats.body.emails).toBe(1);
    // An API key still sees the whole fleet.
    const all = await admin('GET', '/api/v1/mailboxes');
    expect(all.body.items.map((m: { id: string }) => m.id)).toEqual(
      expect.arrayContaining([mailboxOf.alice, mailboxOf.bob]),
    );
    expect((await admin('GET', '/api/v1/stats?hours=1')).body.emails).toBeGreaterThanOrEqual(2);
  });

  it("answers another owner's mailbox and email as if they did not exist", async () => {
    const theirs = mailboxOf.bob;
    const attempts = [
      as(alice, 'GET', `/api/v1/mailboxes/${theirs}/settings`),
      as(alice, 'PATCH', `/api/v1/mailboxes/${theirs}/settings`, { signature: 'x' }),
      as(alice, 'POST', `/api/v1/mailboxes/${theirs}/pause`),
      as(alice, 'POST', `/api/v1/mailboxes/${theirs}/disconnect`, {}),
      as(alice, 'GET', `/api/v1/emails/${emailOf.bob}`),
    ];
    for (const res of await Promise.all(attempts)) expect(res.status).toBe(404);
    const missing = await as(alice, 'GET', `/api/v1/mailboxes/${randomUUIDLike()}/settings`);
    expect(missing.status).toBe(404);
    expect((await as(alice, 'GET', `/api/v1/emails/${emailOf.alice}`)).status).toBe(200);
    const bobs = await admin('GET', `/api/v1/mailboxes`);
    expect(bobs.body.items.find((m: { id: string }) => m.id === theirs).status).toBe('active');
  });

  it("streams activity events of the owner's own mail only", async () => {
    const firstEvent = async (owner: Owner) => {
      const controller = new AbortController();
      const res = await fetch(`${t.url}/api/v1/events`, {
        headers: { cookie: owner.cookie },
        signal: controller.signal,
      });
      expect(res.headers.get('content-type')).toContain('text/event-stream');
      const reader = res.body!.getReader();
      let text = '';
      while (!/data: .*\n/.test(text))
        text += new TextDecoder().decode((await reader.read()).value);
      controller.abort();
      expect(text).toContain('event: activity\n');
      return JSON.parse(/data: (.*)\n/.exec(text)![1]).marker as string;
    };
    const before = await firstEvent(bob);
    expect(before).toMatch(/^\d+\//);
    await db
      .insertInto('emails')
      .values({ mailboxId: mailboxOf.alice, messageId: `m-${randomBytes(8).toString('hex')}` })
      .execute();
    // Alice's new mail moves her marker, not Bob's.
    expect(await firstEvent(bob)).toBe(before);
    const aliceBefore = await firstEvent(alice);
    expect(aliceBefore).not.toBe(before);
    // So does an outcome observed for one of her drafts (no run changes with it).
    const email = await db
      .insertInto('emails')
      .values({ mailboxId: mailboxOf.alice, messageId: `m-${randomBytes(8).toString('hex')}` })
      .returning('id')
      .executeTakeFirstOrThrow();
    const task = await db
      .insertInto('processingTasks')
      .values({ emailId: email.id, correlationId: randomUUID() })
      .returning('id')
      .executeTakeFirstOrThrow();
    const response = await db
      .insertInto('aiResponses')
      .values({ emailId: email.id, mailboxId: mailboxOf.alice, taskId: task.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    const withRun = await firstEvent(alice);
    await db
      .insertInto('draftFeedback')
      .values({ aiResponseId: response.id, mailboxId: mailboxOf.alice, outcome: 'deleted' })
      .execute();
    expect(await firstEvent(alice)).not.toBe(withRun);
    expect((await http('GET', `${t.url}/api/v1/events`)).status).toBe(401);
  });

  it('keeps operator routes for API keys', async () => {
    for (const [method, path] of [
      ['GET', '/api/v1/failed-tasks'],
      ['POST', `/api/v1/mailboxes/${mailboxOf.alice}/backfill`],
      ['POST', `/api/v1/mailboxes/${mailboxOf.alice}/watch`],
      ['POST', '/api/v1/users'],
    ] as const) {
      const res = await as(alice, method, path, method === 'POST' ? {} : undefined);
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    const board = await fetch(`${t.url}/api/admin/queues`, { headers: { cookie: alice.cookie } });
    expect(board.status).toBe(401);
  });

  it('needs the session’s CSRF token on every write', async () => {
    const path = `/api/v1/mailboxes/${mailboxOf.alice}/settings`;
    const without = await as(alice, 'PATCH', path, { owner_name: 'Alice' }, false);
    expect(without.status).toBe(403);
    const forged = await http('PATCH', `${t.url}${path}`, {
      body: { owner_name: 'Alice' },
      headers: { cookie: alice.cookie, 'x-csrf-token': bob.csrf },
    });
    expect(forged.status).toBe(403);
    const ok = await as(alice, 'PATCH', path, { owner_name: 'Alice' });
    expect(ok.status).toBe(200);
    expect(ok.body.settings.owner_name).toBe('Alice');
    const paused = await as(alice, 'POST', `/api/v1/mailboxes/${mailboxOf.alice}/pause`);
    expect(paused.body.status).toBe('paused');
    await as(alice, 'POST', `/api/v1/mailboxes/${mailboxOf.alice}/resume`);
  });

  it('ends a session on sign-out, and refuses a sign-in storm on one account', async () => {
    const carol = await owner('carol');
    expect((await as(carol, 'DELETE', '/api/v1/session', undefined, false)).status).toBe(403);
    const out = await as(carol, 'DELETE', '/api/v1/session');
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0');
    expect((await as(carol, 'GET', '/api/v1/mailboxes')).status).toBe(401);
    expect((await as(carol, 'GET', '/api/v1/session')).status).toBe(401);
    // owner() signed in once; two more attempts fill the window of 3, the next is refused
    // even with the right password.
    await signIn(carol.email, 'wrong password!');
    await signIn(carol.email, 'wrong password!');
    const refused = await signIn(carol.email);
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('RATE_LIMITED');
  });

  it('previews triage and reply with the current settings, storing nothing', async () => {
    const path = `/api/v1/mailboxes/${mailboxOf.alice}`;
    await as(alice, 'PATCH', `${path}/settings`, { signature: 'Alice\nExample Bakery' });
    const count = async () =>
      (
        await db
          .selectFrom('emails')
          .select(db.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n;
    const before = { emails: await count(), calls: gmail.count('POST /gmail/v1/users/me/drafts') };
    const question = {
      from: 'pat@client.example',
      subject: 'Question about my order',
      text: 'Hello, could you tell me when my order #1234 will ship? Thanks, Pat',
    };
    // The owner keeps knowledge notes for their own mailbox; the preview's reply uses them as a
    // real reply would (their link survives the safety filter). Another owner sees none of it.
    const note = await as(alice, 'POST', `${path}/notes`, {
      title: 'Order shipping times',
      body: 'Orders ship within two business days of payment; tracking comes by email.',
      links: ['https://bakery.example/shipping'],
    });
    expect(note.status).toBe(201);
    expect((await as(bob, 'GET', `${path}/notes`)).status).toBe(404);
    expect((await as(alice, 'GET', `${path}/feedback`)).status).toBe(200);
    expect((await as(bob, 'GET', `${path}/feedback`)).status).toBe(404);
    const res = await as(alice, 'POST', `${path}/preview`, question);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ outcome: 'needs_reply', category: 'needs_reply' });
    expect(res.body.decided_by).toMatch(/^llm:/);
    expect(res.body.reply).toContain('-- \nAlice\nExample Bakery');
    expect(res.body.reply).toContain('https://bakery.example/shipping');
    // The same sender on the never-draft list: the rule decides, no reply.
    await as(alice, 'PATCH', `${path}/settings`, { never_draft_senders: ['@client.example'] });
    const ruled = await as(alice, 'POST', `${path}/preview`, question);
    expect(ruled.body).toMatchObject({
      outcome: 'never_draft',
      decided_by: 'rule:never-draft',
      reply: null,
    });
    expect({ emails: await count(), calls: gmail.count('POST /gmail/v1/users/me/drafts') }).toEqual(
      before,
    );
    // Bounded input, and someone else's mailbox does not exist.
    const huge = await as(alice, 'POST', `${path}/preview`, {
      ...question,
      text: 'x'.repeat(20_001),
    });
    expect(huge.status).toBe(400);
    const theirs = await as(bob, 'POST', `${path}/preview`, question);
    expect(theirs.status).toBe(404);
    // Its LLM calls spend the mailbox's daily budget: today's previews already used one call.
    await as(alice, 'PATCH', `${path}/settings`, {
      never_draft_senders: null,
      daily_llm_call_cap: 1,
    });
    const spent = await as(alice, 'POST', `${path}/preview`, question);
    expect(spent.status).toBe(429);
    expect(spent.body.error.code).toBe('RATE_LIMITED');
    await as(alice, 'PATCH', `${path}/settings`, { signature: null, daily_llm_call_cap: null });
    await as(alice, 'DELETE', `${path}/notes/${note.body.id}`);
  });

  it("gives a mailbox connected through an owner's consent to that owner", async () => {
    const address = uniqueAddress('owned-web');
    gmail.signInAs(address);
    const started = await as(bob, 'POST', '/api/v1/mailboxes/connect');
    expect(started.status).toBe(200);
    const consent = await fetch(started.body.authorization_url, { redirect: 'manual' });
    const redirect = new URL(consent.headers.get('location')!);
    const done = await fetch(`${t.url}${redirect.pathname}${redirect.search}`);
    expect(done.status).toBe(200);
    const mine = await as(bob, 'GET', '/api/v1/mailboxes');
    expect(mine.body.items.map((m: { email_address: string }) => m.email_address)).toContain(
      address,
    );
    const hers = await as(alice, 'GET', '/api/v1/mailboxes');
    expect(hers.body.items.map((m: { email_address: string }) => m.email_address)).not.toContain(
      address,
    );
  });
});

function randomUUIDLike(): string {
  const hex = randomBytes(16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20)}`;
}
