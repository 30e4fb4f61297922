import type { ThrottlerStorage } from '@nestjs/throttler';
import { Redis, type RedisOptions } from 'ioredis';
import { randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  RateLimiterThrottlerStorage,
  type ThrottlerStorageOptions,
} from '../../src/core/rate-limit/rate-limiter-throttler.storage.js';
import { testRedisUrl } from '../support/services.js';

const REDIS_URL = testRedisUrl();
const MINUTE = 60_000;

/**
 * The Redis throttler storage against the machine's real Redis: each storage stands for one api
 * pod (its own connection); all of a test's storages share one key prefix, as pods share
 * QUEUE_PREFIX.
 */
describe.skipIf(!REDIS_URL)('Throttler storage in Redis (real Redis)', () => {
  const clients: Redis[] = [];
  const admin = new Redis(REDIS_URL ?? '', { lazyConnect: true });
  let prefix = '';

  /** One "pod": its own connection (RedisService's options), ready before the first request. */
  async function pod(options: Partial<ThrottlerStorageOptions> = {}) {
    const client = new Redis(REDIS_URL ?? '', {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
    });
    client.on('error', () => undefined);
    clients.push(client);
    await new Promise((r) => client.once('ready', r));
    const storage = new RateLimiterThrottlerStorage({
      redis: client,
      keyPrefix: prefix,
      ...options,
    });
    storages.push(storage);
    return storage;
  }
  const storages: RateLimiterThrottlerStorage[] = [];

  const hit = (s: ThrottlerStorage, key: string, limit: number, ttl = MINUTE, block = ttl) =>
    s.increment(key, ttl, limit, block, 'admin');

  function freshPrefix() {
    prefix = `tt${randomBytes(4).toString('hex')}:throttle`;
  }
  freshPrefix();

  afterEach(async () => {
    // Every answer came from Redis, none from the per-process fallback.
    expect(storages.splice(0).map((st) => st.degraded)).not.toContain(true);
    await Promise.all(clients.splice(0).map((c) => c.quit().catch(() => c.disconnect())));
    const keys = await admin.keys(`${prefix}:*`);
    if (keys.length) await admin.del(...keys);
    freshPrefix();
  });
  afterAll(async () => {
    await admin.quit();
  });

  it('answers exactly as the in-memory storage does, with and without a block period', async () => {
    const redis = await pod();
    const memory = new RateLimiterThrottlerStorage({ keyPrefix: prefix });
    for (const block of [MINUTE, 0]) {
      const key = `parity-${block}`;
      const fromRedis = [];
      const fromMemory = [];
      for (let i = 0; i < 5; i++) {
        fromRedis.push(await hit(redis, key, 3, MINUTE, block));
        fromMemory.push(await hit(memory, key, 3, MINUTE, block));
      }
      expect(fromRedis).toEqual(fromMemory);
      expect(fromRedis.map((r) => r.isBlocked)).toEqual([false, false, false, true, true]);
      expect(fromRedis[4]).toMatchObject({ timeToExpire: 60, timeToBlockExpire: 60 });
    }
  });

  it('gives two pods one budget', async () => {
    const a = await pod();
    const b = await pod();
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await hit(a, 'caller', 5), await hit(b, 'caller', 5));
    expect(answers.map((r) => r.isBlocked)).toEqual([false, false, false, false, false, true]);
    expect(answers.map((r) => r.totalHits)).toEqual([1, 2, 3, 4, 5, 6]);
    expect((await hit(a, 'caller', 5)).isBlocked).toBe(true);
    // Another caller has its own budget.
    expect((await hit(a, 'someone-else', 5)).isBlocked).toBe(false);
  });

  it('counts concurrent hits from two pods exactly', async () => {
    const pods = [await pod(), await pod()];
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => hit(pods[i % 2], 'burst', 20)),
    );
    expect(answers.filter((r) => !r.isBlocked)).toHaveLength(20);
    expect(
      answers
        .map((r) => r.totalHits)
        .sort((x, y) => x - y)
        .slice(0, 21),
    ).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
  });

  it('starts a new window once the window (no block) or the block has expired', async () => {
    const s = await pod();
    // Window of 1 s (the shortest the Redis store keeps), no block period: refused until it ends.
    expect((await hit(s, 'window', 1, 1000, 0)).isBlocked).toBe(false);
    expect((await hit(s, 'window', 1, 1000, 0)).isBlocked).toBe(true);
    // Block of 1 s past the limit.
    expect((await hit(s, 'block', 1, 1000, 1000)).isBlocked).toBe(false);
    expect((await hit(s, 'block', 1, 1000, 1000)).isBlocked).toBe(true);
    await new Promise((r) => setTimeout(r, 1_200));
    expect(await hit(s, 'window', 1, 1000, 0)).toMatchObject({ isBlocked: false, totalHits: 1 });
    expect(await hit(s, 'block', 1, 1000, 1000)).toMatchObject({ isBlocked: false, totalHits: 1 });
  });

  it('keeps keys under the prefix, hashed, and lets Redis expire them', async () => {
    const s = await pod();
    await hit(s, 'api-key:viewer-secret-id', 5);
    const keys = await admin.keys(`${prefix}:*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatch(new RegExp(`^${prefix}:admin:[0-9a-f]{64}$`));
    expect(keys[0]).not.toContain('viewer');
    const ttl = await admin.pttl(keys[0]);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(MINUTE);
  });
});

/** Redis failures: the request is counted in the process instead, never an error. */
describe('Throttler storage when Redis fails', () => {
  const servers: Server[] = [];
  const sockets: Socket[] = [];
  const clients: Redis[] = [];

  async function listen(onConnection: (socket: Socket) => void): Promise<number> {
    const server = createServer((socket) => {
      sockets.push(socket);
      onConnection(socket);
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return (server.address() as { port: number }).port;
  }

  function client(port: number, options: RedisOptions = {}) {
    const c = new Redis(port, '127.0.0.1', {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      retryStrategy: () => 200,
      ...options,
    });
    c.on('error', () => undefined);
    clients.push(c);
    return c;
  }

  afterEach(async () => {
    clients.splice(0).forEach((c) => c.disconnect());
    sockets.splice(0).forEach((s) => s.destroy());
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  });

  it('counts per process, still refusing past the limit, while Redis refuses connections', async () => {
    const port = await listen(() => undefined);
    await new Promise((r) => servers.pop()!.close(r));
    const s = new RateLimiterThrottlerStorage({ redis: client(port), keyPrefix: 'down:throttle' });
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await s.increment('k', MINUTE, 2, MINUTE, 'admin'));
    expect(answers.map((r) => r.isBlocked)).toEqual([false, false, true]);
    expect(s.degraded).toBe(true);
  });

  it('gives up on a Redis that accepts the command but never answers', async () => {
    // Accepts the connection and reads everything, answers nothing (a hung server).
    const port = await listen((socket) => socket.resume());
    // No handshake (RESP2: no HELLO), ready check or client info: each would wait for answers
    // that never come.
    const c = client(port, { protocol: 2, enableReadyCheck: false, disableClientInfo: true });
    await new Promise((r) => c.once('ready', r));
    const s = new RateLimiterThrottlerStorage({
      redis: c,
      keyPrefix: 'hung:throttle',
      timeoutMs: 100,
    });
    const answer = await s.increment('k', MINUTE, 2, MINUTE, 'webhook');
    expect(answer).toMatchObject({ isBlocked: false, totalHits: 1 });
    expect(s.degraded).toBe(true);
  });
});
