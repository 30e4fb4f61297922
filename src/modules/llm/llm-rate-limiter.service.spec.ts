import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../../../test/support/services.js';
import { loadConfigSlices } from '../../core/config/load-config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { QueueConfig } from '../../core/queue/queue.config.js';
import { windowFor } from '../../core/rate-limit/fixed-window.limiter.js';
import { LlmRateLimiter } from './llm-rate-limiter.service.js';
import { LlmConfig } from './llm.config.js';

const REDIS_URL = testRedisUrl();

function limiter(env: Record<string, string>): LlmRateLimiter {
  const { llm, queue } = loadConfigSlices(
    { llm: LlmConfig, queue: QueueConfig },
    { LLM_MAX_TOKENS: '100', ...env },
  );
  return new LlmRateLimiter(llm, queue);
}

describe('windowFor', () => {
  it.each([
    [60, { points: 1, durationSeconds: 1 }],
    [90, { points: 3, durationSeconds: 2 }],
    [500, { points: 25, durationSeconds: 3 }],
    [1_000, { points: 33, durationSeconds: 2 }],
    [7, { points: 3, durationSeconds: 26 }],
    [30_000, { points: 500, durationSeconds: 1 }],
  ])('%d a minute → %j', (perMinute, expected) => {
    const window = windowFor(perMinute);
    expect(window).toEqual(expected);
    // Never more than the budget, at most a fiftieth less.
    const perMinuteAllowed = (window.points * 60) / window.durationSeconds;
    expect(perMinuteAllowed).toBeLessThanOrEqual(perMinute);
    expect(perMinuteAllowed).toBeGreaterThanOrEqual(0.98 * perMinute);
  });
});

describe('LlmRateLimiter in this process (no REDIS_URL)', () => {
  it('is off without LLM_RATE_LIMIT_*', async () => {
    const off = limiter({});
    expect(off.enabled).toBe(false);
    const started = Date.now();
    for (let i = 0; i < 100; i++) await off.acquire('openai', 10_000);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('paces requests to the RPM budget', async () => {
    const rpm = limiter({ LLM_RATE_LIMIT_RPM: '120' }); // 2 a second
    const started = Date.now();
    for (let i = 0; i < 3; i++) await rpm.acquire('openai', 10);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    // The offline provider is never paced.
    const offline = Date.now();
    for (let i = 0; i < 5; i++) await rpm.acquire('offline', 10);
    expect(Date.now() - offline).toBeLessThan(100);
  });

  it('grants a call bigger than a window once, then refuses past the longest wait', async () => {
    const tpm = limiter({ LLM_RATE_LIMIT_TPM: '600' }); // 10 tokens a second
    await tpm.acquire('anthropic', 500); // 50 s of budget
    const error = (await tpm.acquire('anthropic', 10).catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: ErrorCodes.LLM_RATE_LIMITED, retryable: true });
    expect(error.options.retryAfterSeconds).toBeGreaterThanOrEqual(49);
    // Another provider has its own budget.
    await expect(tpm.acquire('openai', 10)).resolves.toBeUndefined();
  });

  it("holds a provider's calls for a vendor's Retry-After, paced or not", async () => {
    for (const env of [{}, { LLM_RATE_LIMIT_RPM: '6000' }] as Record<string, string>[]) {
      const paced = limiter(env);
      paced.pause('openai', 300);
      const started = Date.now();
      await paced.acquire('openai', 10);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      // Another provider is not held; the pause is over for the next call.
      const other = Date.now();
      await paced.acquire('anthropic', 10);
      await paced.acquire('openai', 10);
      expect(Date.now() - other).toBeLessThan(200);
    }
  });

  it('reports the allowed call rate from the limits and the calls it let through', async () => {
    // 600 RPM is 10 calls a second; 60,000 TPM is 1,000 tokens a second, 5 calls of 200 tokens.
    const both = limiter({ LLM_RATE_LIMIT_RPM: '600', LLM_RATE_LIMIT_TPM: '60000' });
    expect(both.pacing().allowedCallsPerSecond).toBe(10);
    await both.acquire('openai', 200);
    await both.acquire('openai', 200);
    expect(both.pacing()).toMatchObject({ allowedCallsPerSecond: 5, grantedCalls: 2 });
    expect(limiter({}).pacing().allowedCallsPerSecond).toBeUndefined();
    // TPM alone: unknown until a call shows the calls' size.
    const tpm = limiter({ LLM_RATE_LIMIT_TPM: '60000' });
    expect(tpm.pacing().allowedCallsPerSecond).toBeUndefined();
    await tpm.acquire('openai', 100);
    expect(tpm.pacing().allowedCallsPerSecond).toBe(10);
  });
});

describe.skipIf(!REDIS_URL)('LlmRateLimiter in Redis', () => {
  const admin = new Redis(REDIS_URL ?? '', { lazyConnect: true });
  const limiters: LlmRateLimiter[] = [];
  const prefix = `tl${randomBytes(4).toString('hex')}`;
  const shared = () => {
    const l = limiter({
      REDIS_URL: REDIS_URL ?? '',
      QUEUE_PREFIX: prefix,
      LLM_RATE_LIMIT_RPM: '120', // 2 a second
      LLM_RATE_LIMIT_TPM: '6000', // 100 tokens a second
    });
    limiters.push(l);
    return l;
  };

  afterEach(async () => {
    await Promise.all(limiters.splice(0).map((l) => l.onModuleDestroy()));
    const keys = await admin.keys(`${prefix}:*`);
    if (keys.length) await admin.del(...keys);
  });
  afterAll(async () => {
    await admin.quit();
  });

  it('gives a request back when its tokens are refused, so a waiting call holds neither', async () => {
    const [a, b] = [shared(), shared()];
    await a.acquire('openai', 100); // the second's tokens
    const waiting = b.acquire('openai', 50);
    await new Promise((r) => setTimeout(r, 150));
    // b counted a request, was refused tokens and gave the request back.
    expect(await admin.get(`${prefix}:llm-rate:rpm:openai`)).toBe('1');
    await waiting;
    expect(await admin.get(`${prefix}:llm-rate:tpm:openai`)).not.toBeNull();
  });

  it('shares one budget between processes', async () => {
    const [a, b] = [shared(), shared()];
    const started = Date.now();
    await a.acquire('openai', 10);
    await b.acquire('openai', 10);
    await a.acquire('openai', 10); // third request in a 2-a-second window
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });
});
