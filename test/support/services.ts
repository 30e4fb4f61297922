/**
 * The servers a test run talks to, as decided by the global setup (test/support/global-setup.ts):
 * the machine's PostgreSQL and Redis when they answer, otherwise an embedded PostgreSQL and the
 * no-Redis mode (queues, locks and heartbeats in PostgreSQL). Tests about Redis itself skip then.
 */
export const NO_REDIS = 'none';

/** Redis for this run, or undefined when the machine has none (the app then runs without Redis). */
export function testRedisUrl(): string | undefined {
  const url = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  return url === NO_REDIS ? undefined : url;
}

export const hasRedis = (): boolean => testRedisUrl() !== undefined;
