import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, TestApp } from '../support/app-harness.js';
import { expectErrorShape, http } from '../support/http.js';
import { hasRedis } from '../support/services.js';
import { TcpProxy } from '../support/tcp-proxy.js';

const KEY = `v-${randomBytes(16).toString('hex')}`;
const ADMIN_API_KEYS = `viewer:${createHash('sha256').update(KEY).digest('hex')}`;
const LIMIT = 4;

/**
 * Two api pods of one deployment (same QUEUE_PREFIX, same Redis): the admin limit is one budget
 * for the deployment, not one per pod.
 */
describe.skipIf(!hasRedis())('admin rate limit across api pods', () => {
  const pods: TestApp[] = [];
  const QUEUE_PREFIX = `t${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    const env = {
      APP_ROLE: 'api',
      QUEUE_PREFIX,
      ADMIN_API_KEYS,
      ADMIN_RATE_LIMIT_PER_MINUTE: String(LIMIT),
    };
    pods.push(await startApp(env));
    pods.push(await startApp(env));
  });
  afterAll(async () => {
    await Promise.all(pods.map((p) => p.close()));
  });

  const stats = (pod: TestApp) =>
    http('GET', `${pod.url}/api/v1/stats`, { headers: { 'x-api-key': KEY } });

  it('answers 429 to the call past the limit, whichever pod it reaches', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) statuses.push((await stats(pods[i % 2])).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    for (const pod of pods) {
      const refused = await stats(pod);
      expect(refused.status).toBe(429);
      expectErrorShape(refused.body);
      expect(refused.body.error.code).toBe('RATE_LIMITED');
    }
  });
});

/**
 * Redis down: the admin API keeps answering (it needs only Postgres for this route) and the
 * limit still holds, counted by the process alone, rather than every call failing.
 */
describe.skipIf(!hasRedis())('admin rate limit while Redis is down', () => {
  const redisProxy = new TcpProxy(6379);
  let t: TestApp;

  beforeAll(async () => {
    await redisProxy.start();
    t = await startApp({
      APP_ROLE: 'api',
      REDIS_URL: `redis://127.0.0.1:${redisProxy.port}`,
      ADMIN_API_KEYS,
      ADMIN_RATE_LIMIT_PER_MINUTE: String(LIMIT),
    });
  });
  afterAll(async () => {
    await t?.close();
    await redisProxy.stop();
  });

  it('answers admin calls and still refuses the call past the limit', async () => {
    redisProxy.cut();
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i++)
      statuses.push(
        (await http('GET', `${t.url}/api/v1/emails`, { headers: { 'x-api-key': KEY } })).status,
      );
    expect(statuses).toEqual([200, 200, 200, 200, 429]);
  });
});
