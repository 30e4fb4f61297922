import { afterEach, describe, expect, it, vi } from 'vitest';
import { FixedWindowLimiter } from './fixed-window.limiter.js';
import { RateLimiterThrottlerStorage, split } from './rate-limiter-throttler.storage.js';

const MINUTE = 60_000;

describe('RateLimiterThrottlerStorage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts concurrent hits on one key in one limiter call, each hit in its own place', async () => {
    const consume = vi.spyOn(FixedWindowLimiter.prototype, 'consume');
    const storage = new RateLimiterThrottlerStorage({ keyPrefix: 'spec' });
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => storage.increment('source', MINUTE, 6, MINUTE, 'webhook')),
    );
    // One call of ten points.
    expect(consume.mock.calls.map((c) => c[1])).toEqual([10]);
    expect(answers.map((a) => a.totalHits)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(answers.map((a) => a.isBlocked)).toEqual([
      ...Array(6).fill(false),
      ...Array(4).fill(true),
    ]);
    // Blocked for the block period from then on, as single calls would be.
    const next = await storage.increment('source', MINUTE, 6, MINUTE, 'webhook');
    expect(next).toMatchObject({ totalHits: 11, isBlocked: true, timeToBlockExpire: 60 });
  });

  it('answers concurrent hits exactly as one-at-a-time hits, with and without a block period', async () => {
    for (const block of [MINUTE, 0]) {
      const together = new RateLimiterThrottlerStorage({ keyPrefix: 'together' });
      const alone = new RateLimiterThrottlerStorage({ keyPrefix: 'alone' });
      const concurrent = await Promise.all(
        Array.from({ length: 8 }, () => together.increment('k', MINUTE, 5, block, 'admin')),
      );
      const sequential = [];
      for (let i = 0; i < 8; i++)
        sequential.push(await alone.increment('k', MINUTE, 5, block, 'admin'));
      const view = (a: { totalHits: number; isBlocked: boolean }) => [a.totalHits, a.isBlocked];
      expect(concurrent.map(view)).toEqual(sequential.map(view));
    }
  });

  it('keeps keys and throttlers apart', async () => {
    const consume = vi.spyOn(FixedWindowLimiter.prototype, 'consume');
    const storage = new RateLimiterThrottlerStorage({ keyPrefix: 'spec' });
    const answers = await Promise.all([
      storage.increment('a', MINUTE, 1, MINUTE, 'webhook'),
      storage.increment('b', MINUTE, 1, MINUTE, 'webhook'),
      storage.increment('a', MINUTE, 1, MINUTE, 'admin'),
    ]);
    expect(consume).toHaveBeenCalledTimes(3);
    expect(answers.map((a) => a.isBlocked)).toEqual([false, false, false]);
  });

  it('fails every hit of a group when the limiter fails, and serves the next turn', async () => {
    const consume = vi
      .spyOn(FixedWindowLimiter.prototype, 'consume')
      .mockRejectedValueOnce(new Error('boom'));
    const storage = new RateLimiterThrottlerStorage({ keyPrefix: 'spec' });
    const answers = await Promise.allSettled(
      Array.from({ length: 3 }, () => storage.increment('k', MINUTE, 5, MINUTE, 'admin')),
    );
    expect(answers.map((a) => a.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(consume.mock.calls.map((c) => c[1])).toEqual([3]);
    expect(await storage.increment('k', MINUTE, 5, MINUTE, 'admin')).toMatchObject({
      totalHits: 1,
      isBlocked: false,
    });
  });
});

describe('split', () => {
  it('gives each hit of an allowed group its own count', () => {
    expect(split({ allowed: true, consumed: 7, msBeforeNext: 900 }, 3, 10)).toEqual([
      { allowed: true, consumed: 5, msBeforeNext: 900 },
      { allowed: true, consumed: 6, msBeforeNext: 900 },
      { allowed: true, consumed: 7, msBeforeNext: 900 },
    ]);
  });

  it('lets through the hits of a refused group that were within the points', () => {
    expect(
      split({ allowed: false, consumed: 12, msBeforeNext: 60_000 }, 4, 10).map((o) => o.allowed),
    ).toEqual([true, true, false, false]);
    expect(
      split({ allowed: false, consumed: 30, msBeforeNext: 60_000 }, 4, 10).map((o) => o.allowed),
    ).toEqual([false, false, false, false]);
  });
});
