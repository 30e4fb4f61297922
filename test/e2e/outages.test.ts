import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobQueueService } from '../../src/core/queue/job-queue.service.js';
import { QueueName } from '../../src/core/queue/queue.constants.js';
import { MailboxRepository } from '../../src/modules/persistence/repositories/mailbox.repository.js';
import { OidcFake, pushBody } from '../fakes/oidc.fake.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { expectErrorShape, eventually, http } from '../support/http.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';
import { hasRedis } from '../support/services.js';
import { TcpProxy } from '../support/tcp-proxy.js';

/**
 * Dependency outages, simulated by cutting a TCP proxy in front of the machine's real
 * Postgres and Redis: the app sees refused and dropped connections, as in a real outage.
 */
describe('dependency outages', () => {
  const oidc = new OidcFake();
  const pgProxy = new TcpProxy(Number(new URL(process.env.TEST_DATABASE_URL!).port || 5432));
  const redisProxy = new TcpProxy(6379);
  let t: TestApp;
  let address: string;

  beforeAll(async () => {
    await Promise.all([oidc.start(), pgProxy.start(), redisProxy.start()]);
    const db = new URL(process.env.TEST_DATABASE_URL!);
    db.port = String(pgProxy.port);
    db.hostname = '127.0.0.1';
    t = await startApp({
      APP_ROLE: 'api',
      DATABASE_URL: db.toString(),
      // No Redis on the machine: the no-Redis mode, where the queues go down with Postgres.
      REDIS_URL: hasRedis() ? `redis://127.0.0.1:${redisProxy.port}` : undefined,
      PUBSUB_AUDIENCE: OidcFake.audience,
      PUBSUB_SERVICE_ACCOUNT_EMAIL: OidcFake.serviceAccount,
      GOOGLE_OIDC_JWKS_URL: oidc.url,
    });
    address = (await seedMailbox(t.app, uniqueAddress('outage'), { historyId: '10' })).emailAddress;
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([oidc.stop(), pgProxy.stop(), redisProxy.stop()]);
  });

  const push = async (historyId: number) =>
    http('POST', `${t.url}/api/webhook/gmail`, {
      body: pushBody(address, historyId),
      headers: { authorization: `Bearer ${await oidc.token()}` },
    });

  it.skipIf(!hasRedis())(
    'readiness turns 503 while Redis is down and back to 200 when it returns',
    async () => {
      expect((await http('GET', `${t.url}/api/health/ready`)).status).toBe(200);
      redisProxy.cut();
      const down = await eventually(async () => {
        const r = await http('GET', `${t.url}/api/health/ready`);
        return r.status === 503 ? r : null;
      });
      expect(down.body).toMatchObject({ redis: 'down', database: 'up' });
      const health = await http('GET', `${t.url}/api/health`);
      expect(health.status).toBe(503);
      expect(health.body).toMatchObject({
        status: 'unhealthy',
        services: { redis: 'disconnected' },
      });
      expect((await http('GET', `${t.url}/api/health/live`)).status).toBe(200);
      // A push arriving now cannot be enqueued: Pub/Sub must redeliver it.
      const res = await push(11);
      expect(res.status).toBe(503);
      expectErrorShape(res.body);
      redisProxy.restore();
      await eventually(
        async () => (await http('GET', `${t.url}/api/health/ready`)).status === 200,
        20_000,
        250,
      );
      expect((await push(11)).status).toBe(204);
    },
  );

  it('answers 503 to pushes while Postgres is down and 204 once it is back', async () => {
    pgProxy.cut();
    const res = await push(12);
    expect(res.status).toBe(503);
    expectErrorShape(res.body);
    expect(res.body.error.code).toBe('SERVICE_UNAVAILABLE');
    expect((await http('GET', `${t.url}/api/health/ready`)).status).toBe(503);
    pgProxy.restore();
    const ok = await eventually(
      async () => {
        const r = await push(12);
        return r.status === 204 ? r : null;
      },
      20_000,
      250,
    );
    expect(ok.status).toBe(204);
    // The redelivered push is now stored and a sync of its mailbox is queued (the one waiting
    // since push 11 covers it: a sync reads the whole history since the stored id).
    const mailbox = await t.app.get(MailboxRepository).findByEmail(address);
    const syncQueue = t.app.get(JobQueueService).queues()[QueueName.Sync];
    const waiting = await syncQueue.getJobs(['waiting', 'delayed', 'prioritized']);
    expect(waiting.filter((j) => j.data.mailboxId === mailbox!.id)).toHaveLength(1);
    const stored = await t.app
      .get(DataSource)
      .query(
        'SELECT count(*)::int AS n FROM pubsub_notifications WHERE mailbox_id = $1 AND history_id = 12',
        [mailbox!.id],
      );
    expect(stored[0].n).toBeGreaterThanOrEqual(1);
  });
});
