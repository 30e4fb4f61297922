import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueueConfig } from '../../src/core/queue/queue.config.js';
import { RedisService } from '../../src/core/redis/redis.service.js';
import { eventually } from '../support/http.js';
import { expectLeaseBehaviour } from '../support/lease-cases.js';
import { testRedisUrl } from '../support/services.js';

const REDIS_URL = testRedisUrl();

/** Locks and leases in the machine's real Redis (Postgres: test/integration/queue-postgres). */
describe.skipIf(!REDIS_URL)('Coordination in Redis (real Redis)', () => {
  const store = new RedisService(
    Object.assign(new QueueConfig(), {
      REDIS_URL,
      QUEUE_PREFIX: `tlock${randomBytes(4).toString('hex')}`,
    }),
  );
  // RedisService fails commands while it connects (no offline queue).
  beforeAll(async () => eventually(() => store.ping()));
  afterAll(async () => {
    const keys = await store.client.keys(`${store.prefix}:*`);
    if (keys.length) await store.client.del(...keys);
    await store.onApplicationShutdown();
  });

  it('holds a lock exclusively until it is released', async () => {
    const name = `test-${randomBytes(4).toString('hex')}`;
    const release = await store.tryLock(name, 60_000);
    expect(release).toBeTruthy();
    expect(await store.tryLock(name, 60_000)).toBeNull();
    await release!();
    expect(await store.tryLock(name, 200)).toBeTruthy();
  });

  it('keeps a lease while its holder lives and gives it up once taken', async () => {
    await expectLeaseBehaviour(store, `test-${randomBytes(4).toString('hex')}`, async (name) => {
      await store.client.set(store.key('lock', name), 'thief', 'PX', 60_000);
    });
  });
});
