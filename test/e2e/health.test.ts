import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, TestApp } from '../support/app-harness.js';
import { eventually, http } from '../support/http.js';
import { hasRedis } from '../support/services.js';
import { TcpProxy } from '../support/tcp-proxy.js';

/**
 * The probes as Kubernetes and Docker use them: readiness follows Postgres, Redis and the queue
 * backend and names the check that fails; liveness never depends on them. Outages are TCP
 * proxies in front of the machine's servers, cut and restored (see outages.test.ts).
 */
describe('health probes', () => {
  const pgProxy = new TcpProxy(Number(new URL(process.env.TEST_DATABASE_URL!).port || 5432));
  const redisProxy = new TcpProxy(6379);
  let t: TestApp;

  beforeAll(async () => {
    await Promise.all([pgProxy.start(), redisProxy.start()]);
    const db = new URL(process.env.TEST_DATABASE_URL!);
    db.hostname = '127.0.0.1';
    db.port = String(pgProxy.port);
    t = await startApp({
      APP_ROLE: 'api',
      DATABASE_URL: db.toString(),
      REDIS_URL: hasRedis() ? `redis://127.0.0.1:${redisProxy.port}` : undefined,
    });
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([pgProxy.stop(), redisProxy.stop()]);
  });

  const get = (path: string) => http('GET', `${t.url}/api/health${path}`);
  const readyAgain = () =>
    eventually(async () => (await get('/ready')).status === 200, 20_000, 250);

  it('keeps the design body of /api/health and names every check in details', async () => {
    const res = await get('');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'healthy',
      services: {
        database: 'connected',
        redis: hasRedis() ? 'connected' : 'not_used',
        queue: hasRedis() ? 'redis' : 'postgres',
      },
      details: {
        database: { status: 'up' },
        redis: { status: 'up', used: hasRedis() },
        queue: { status: 'up', backend: hasRedis() ? 'redis' : 'postgres' },
        workers: { status: 'up' },
      },
    });
    expect(typeof res.body.services.workers).toBe('number');
    expect(Number.isNaN(Date.parse(res.body.timestamp))).toBe(false);
  });

  it('answers readiness with each dependency and an empty failing list', async () => {
    const res = await get('/ready');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'ready',
      database: 'up',
      redis: hasRedis() ? 'up' : 'not_used',
      queue: 'up',
      failing: [],
    });
  });

  it.skipIf(!hasRedis())(
    'Redis unreachable: readiness 503 naming redis and the queue, liveness 200',
    async () => {
      redisProxy.cut();
      try {
        const down = await eventually(async () => {
          const r = await get('/ready');
          return r.status === 503 ? r : null;
        });
        expect(down.body).toMatchObject({
          status: 'not_ready',
          database: 'up',
          redis: 'down',
          queue: 'down',
          details: { redis: { status: 'down' }, queue: { status: 'down', backend: 'redis' } },
        });
        expect(down.body.failing).toEqual(expect.arrayContaining(['redis', 'queue']));
        expect(down.body.failing).not.toContain('database');
        const health = await get('');
        expect(health.status).toBe(503);
        expect(health.body).toMatchObject({
          status: 'unhealthy',
          services: { database: 'connected', redis: 'disconnected', queue: 'redis' },
        });
        const live = await get('/live');
        expect(live.status).toBe(200);
        expect(live.body.status).toBe('ok');
      } finally {
        redisProxy.restore();
      }
      await readyAgain();
    },
  );

  it('Postgres unreachable: readiness 503 naming the database, liveness 200', async () => {
    pgProxy.cut();
    try {
      const down = await eventually(async () => {
        const r = await get('/ready');
        return r.status === 503 ? r : null;
      });
      expect(down.body).toMatchObject({ status: 'not_ready', database: 'down' });
      expect(down.body.failing).toContain('database');
      // Redis (when used) still answers: only the failing dependency is named.
      if (hasRedis()) expect(down.body.failing).not.toContain('redis');
      expect((await get('')).body.services.database).toBe('disconnected');
      expect((await get('/live')).status).toBe(200);
    } finally {
      pgProxy.restore();
    }
    await readyAgain();
  });
});
