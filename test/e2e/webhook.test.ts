import { getToken } from '@willsoto/nestjs-prometheus';
import type { Counter } from 'prom-client';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Metric } from '../../src/core/metrics/metric-names.js';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { QueueName } from '../../src/core/queue/queue.constants.js';
import { MailboxEntity } from '../../src/modules/persistence/entities/mailbox.entity.js';
import { OidcFake, pushBody } from '../fakes/oidc.fake.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { expectErrorShape, http } from '../support/http.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';

describe('POST /api/webhook/gmail', () => {
  const oidc = new OidcFake();
  let t: TestApp;
  let mailbox: MailboxEntity;
  let url: string;

  beforeAll(async () => {
    await oidc.start();
    t = await startApp({
      APP_ROLE: 'api',
      PUBSUB_AUDIENCE: OidcFake.audience,
      PUBSUB_SERVICE_ACCOUNT_EMAIL: OidcFake.serviceAccount,
      GOOGLE_OIDC_JWKS_URL: oidc.url,
      OIDC_JWKS_COOLDOWN_MS: '0',
    });
    mailbox = await seedMailbox(t.app, uniqueAddress(), { historyId: '1000' });
    url = `${t.url}/api/webhook/gmail`;
  });
  afterAll(async () => {
    await t?.close();
    await oidc.stop();
  });

  const post = async (body: unknown, token?: string | null, raw?: string) =>
    http('POST', url, {
      body: raw === undefined ? body : undefined,
      rawBody: raw,
      headers: token === null ? {} : { authorization: `Bearer ${token ?? (await oidc.token())}` },
    });

  const syncJobs = async () => {
    const syncQueue = t.app.get(JobQueueService).queues()[QueueName.Sync];
    return syncQueue.getJobs(['waiting', 'delayed', 'prioritized', 'active']);
  };
  const notificationCount = async (messageId: string) =>
    (
      await t.app
        .get(DataSource)
        .query('SELECT count(*)::int AS n FROM pubsub_notifications WHERE pubsub_message_id = $1', [
          messageId,
        ])
    )[0].n as number;

  it('stores a valid push, enqueues one sync and answers 204', async () => {
    const body = pushBody(mailbox.emailAddress, 1001);
    const res = await post(body);
    expect(res.status).toBe(204);
    expect(await notificationCount(body.message.messageId)).toBe(1);
    const jobs = await syncJobs();
    expect(jobs.map((j) => j.id)).toContain(`sync_${mailbox.id}_1001`);
    expect(jobs.find((j) => j.id === `sync_${mailbox.id}_1001`)!.data).toMatchObject({
      mailboxId: mailbox.id,
      historyId: '1001',
    });
  });

  it('turns the same push delivered 5× concurrently into one notification row and no second sync', async () => {
    const body = pushBody(mailbox.emailAddress, 1002);
    const results = await Promise.all(Array.from({ length: 5 }, () => post(body)));
    expect(results.map((r) => r.status)).toEqual([204, 204, 204, 204, 204]);
    expect(await notificationCount(body.message.messageId)).toBe(1);
    // The mailbox's waiting sync (from 1001) reads the history past 1002 too: no job per push.
    expect(
      (await syncJobs()).filter((j) => j.data.mailboxId === mailbox.id).map((j) => j.id),
    ).toEqual([`sync_${mailbox.id}_1001`]);
  });

  it('acknowledges a push older than the stored history id without enqueuing work', async () => {
    const before = (await syncJobs()).length;
    const res = await post(pushBody(mailbox.emailAddress, 999));
    expect(res.status).toBe(204);
    expect((await syncJobs()).length).toBe(before);
  });

  it('acknowledges a push for an unknown mailbox and counts it', async () => {
    const counter = t.app.get<Counter<string>>(getToken(Metric.WebhookNotifications));
    const before =
      (await counter.get()).values.find((v) => v.labels.result === 'unknown_mailbox')?.value ?? 0;
    const res = await post(pushBody('stranger@example.org', 5));
    expect(res.status).toBe(204);
    const after =
      (await counter.get()).values.find((v) => v.labels.result === 'unknown_mailbox')?.value ?? 0;
    expect(after).toBe(before + 1);
  });

  describe('authentication', () => {
    const cases: [string, () => Promise<string | null>][] = [
      ['no Authorization header', async () => null],
      ['a token that is not a JWT', async () => 'garbage'],
      ['the wrong audience', () => oidc.token({ aud: 'https://evil.example.com' })],
      ['the wrong issuer', () => oidc.token({ iss: 'https://evil.example.com' })],
      [
        'another service account',
        () => oidc.token({ email: 'other@project.iam.gserviceaccount.com' }),
      ],
      ['an unverified email', () => oidc.token({ email_verified: false })],
      [
        'an expired token',
        () =>
          oidc.token({
            iat: Math.floor(Date.now() / 1000) - 7200,
            expiresIn: Math.floor(Date.now() / 1000) - 3600,
          }),
      ],
      ['a forged signature', () => oidc.token({}, { forged: true })],
    ];
    for (const [name, token] of cases) {
      it(`rejects ${name} with 401`, async () => {
        const body = pushBody(mailbox.emailAddress, 2000);
        const res = await post(body, await token());
        expect(res.status).toBe(401);
        expectErrorShape(res.body);
        expect(res.body.error.code).toBe('UNAUTHORIZED');
        expect(await notificationCount(body.message.messageId)).toBe(0);
      });
    }

    it('accepts a token signed by a newly rotated key (JWKS refetched on unknown kid) and caches the JWKS', async () => {
      const fetchesBefore = oidc.jwksRequests;
      await oidc.rotate();
      expect((await post(pushBody(mailbox.emailAddress, 1003))).status).toBe(204);
      expect((await post(pushBody(mailbox.emailAddress, 1004))).status).toBe(204);
      expect(oidc.jwksRequests - fetchesBefore).toBeLessThanOrEqual(1);
    });
  });

  describe('validation (authenticated but malformed) → 400, never 500', () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    const cases: [string, unknown, string?][] = [
      ['a body that is not JSON', undefined, '{not json'],
      ['an empty object', {}],
      ['message not an object', { message: 'x' }],
      ['missing data', { message: { messageId: '1' } }],
      ['data not base64', { message: { data: '%%%not-base64%%%', messageId: '1' } }],
      ['data not JSON', { message: { data: b64('hello'), messageId: '1' } }],
      ['data a JSON array', { message: { data: b64('[1,2]'), messageId: '1' } }],
      [
        'historyId not a number',
        { message: { data: b64('{"emailAddress":"a@b.com","historyId":"abc"}'), messageId: '1' } },
      ],
      [
        'historyId negative',
        { message: { data: b64('{"emailAddress":"a@b.com","historyId":-5}'), messageId: '1' } },
      ],
      ['emailAddress missing', { message: { data: b64('{"historyId":5}'), messageId: '1' } }],
      ['no message id', { message: { data: b64('{"emailAddress":"a@b.com","historyId":5}') } }],
    ];
    for (const [name, body, raw] of cases) {
      it(`rejects ${name}`, async () => {
        const res = await post(body, undefined, raw);
        expect(res.status).toBe(400);
        expectErrorShape(res.body);
      });
    }

    it('stores an out-of-range publishTime as unknown instead of failing (fuzzer regression)', async () => {
      const body = pushBody(mailbox.emailAddress, 1020) as any;
      body.message.publishTime = '-027966-01-01T00:00:00.000Z';
      const res = await post(body);
      expect(res.status).toBe(204);
      const rows = await t.app
        .get(DataSource)
        .query('SELECT published_at FROM pubsub_notifications WHERE pubsub_message_id = $1', [
          body.message.messageId,
        ]);
      expect(rows).toEqual([{ published_at: null }]);
    });

    it('accepts extra Pub/Sub fields (attributes, deliveryAttempt) and the snake_case spelling', async () => {
      const body = pushBody(mailbox.emailAddress, 1010) as any;
      delete body.message.messageId;
      body.message.attributes = { a: 'b' };
      body.deliveryAttempt = 2;
      const res = await post(body);
      expect(res.status).toBe(204);
      expect(await notificationCount(body.message.message_id)).toBe(1);
    });
  });
});
