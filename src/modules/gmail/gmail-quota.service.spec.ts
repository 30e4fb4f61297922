import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { Gauge, Registry } from 'prom-client';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { testRedisUrl } from '../../../test/support/services.js';
import { loadConfigSlices } from '../../core/config/load-config.js';
import { QueueConfig } from '../../core/queue/queue.config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import {
  GMAIL_QUOTA_COSTS,
  GmailQuotaService,
  type GmailQuotaOptions,
} from './gmail-quota.service.js';
import { GmailConfig } from './gmail.config.js';

const slices = { gmail: GmailConfig, queue: QueueConfig };

const REDIS_URL = testRedisUrl();

// Runs against the machine's real Redis (skipped on a machine without one); every service gets
// its own key prefix.
describe.skipIf(!REDIS_URL)('GmailQuotaService (real Redis)', () => {
  const services: GmailQuotaService[] = [];
  const admin = new Redis(REDIS_URL ?? '', { lazyConnect: true });
  const prefixes: string[] = [];

  function make(
    unitsPerSecond: number,
    options: GmailQuotaOptions = {},
    prefix = `tq${randomBytes(4).toString('hex')}`,
  ) {
    prefixes.push(prefix);
    const { gmail, queue } = loadConfigSlices(slices, {
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      GMAIL_QUOTA_UNITS_PER_SECOND: String(unitsPerSecond),
    });
    const registry = new Registry();
    const used = new Gauge({ name: 'gmail_api_quota_used', help: 'h', registers: [registry] });
    const limit = new Gauge({ name: 'gmail_api_quota_limit', help: 'h', registers: [registry] });
    const service = new GmailQuotaService(gmail, queue, used, limit, options);
    services.push(service);
    return { service, registry, prefix };
  }

  async function gaugeValue(registry: Registry, name: string): Promise<number> {
    const metric = await registry.getSingleMetric(name)!.get();
    return metric.values[0]!.value;
  }

  afterEach(async () => {
    await Promise.all(services.splice(0).map((s) => s.onModuleDestroy()));
    for (const prefix of prefixes.splice(0)) {
      const keys = await admin.keys(`${prefix}:gmail-quota:*`);
      if (keys.length) await admin.del(...keys);
    }
  });
  afterAll(async () => {
    await admin.quit();
  });

  it('has the documented unit costs', () => {
    expect(GMAIL_QUOTA_COSTS['messages.get']).toBe(5);
    expect(GMAIL_QUOTA_COSTS['history.list']).toBe(2);
    expect(GMAIL_QUOTA_COSTS['drafts.update']).toBe(15);
    expect(GMAIL_QUOTA_COSTS.watch).toBe(100);
  });

  it('grants a full burst at once and stores the counter under the configured prefix', async () => {
    const { service, prefix } = make(100, { burstSeconds: 1 }); // capacity 100
    const started = Date.now();
    for (let i = 0; i < 10; i++) await service.acquire('mb-1', 10);
    expect(Date.now() - started).toBeLessThan(500);
    expect(await admin.exists(`${prefix}:gmail-quota:mb-1`)).toBe(1);
  });

  it('waits for the next window when this one is spent', async () => {
    const { service } = make(100, { burstSeconds: 1 });
    await service.acquire('mb-1', 100);
    const started = Date.now();
    await service.acquire('mb-1', 40); // the rest of the 1 s window
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(300);
    expect(waited).toBeLessThan(2_000);
  });

  it('throws a retryable GMAIL_RATE_LIMITED with retryAfterSeconds when the wait exceeds the bound', async () => {
    const { service } = make(10, { burstSeconds: 1, maxWaitMs: 200 }); // capacity 10
    await service.acquire('mb-1', 10);
    const error = await service.acquire('mb-1', 10).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe(ErrorCodes.GMAIL_RATE_LIMITED);
    expect((error as AppError).retryable).toBe(true);
    expect((error as AppError).options.retryAfterSeconds).toBe(1);
  });

  it('keeps mailboxes apart', async () => {
    const { service } = make(10, { burstSeconds: 1, maxWaitMs: 0 });
    await service.acquire('mb-1', 10);
    await expect(service.acquire('mb-2', 10)).resolves.toBeUndefined();
    await expect(service.acquire('mb-1', 10)).rejects.toMatchObject({
      code: ErrorCodes.GMAIL_RATE_LIMITED,
    });
  });

  it('never over-grants under concurrency across instances sharing Redis', async () => {
    const a = make(1, { burstSeconds: 100, maxWaitMs: 0 }); // capacity 100, refill 1/s
    const b = make(1, { burstSeconds: 100, maxWaitMs: 0 }, a.prefix);
    const attempts = Array.from({ length: 40 }, (_, i) =>
      (i % 2 ? a : b).service.acquire('shared', 5),
    );
    const results = await Promise.allSettled(attempts);
    const granted = results.filter((r) => r.status === 'fulfilled').length;
    // One window of 100 units.
    expect(granted).toBe(20);
  });

  it('lets a request larger than the window through on an empty window, then makes others wait', async () => {
    const { service } = make(10, { burstSeconds: 1, maxWaitMs: 0 }); // capacity 10 < watch 100
    await expect(service.acquire('mb-1', GMAIL_QUOTA_COSTS.watch)).resolves.toBeUndefined();
    const error = (await service.acquire('mb-1', 1).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe(ErrorCodes.GMAIL_RATE_LIMITED);
    expect(error.options.retryAfterSeconds).toBeGreaterThanOrEqual(9);
  });

  it('reports limit and the busiest mailbox usage in gauges', async () => {
    const { service, registry } = make(100, { burstSeconds: 2 }); // capacity 200
    expect(await gaugeValue(registry, 'gmail_api_quota_limit')).toBe(200);
    await service.acquire('busy', 150);
    await service.acquire('idle', 10);
    const used = await gaugeValue(registry, 'gmail_api_quota_used');
    expect(used).toBeGreaterThanOrEqual(140);
    expect(used).toBeLessThanOrEqual(150);
  });
});

describe('GmailQuotaService without Redis (per-process counters)', () => {
  /** A service without REDIS_URL (in-process counters) and the registry of its gauges. */
  function withoutRedis(unitsPerSecond: string, options: GmailQuotaOptions) {
    const registry = new Registry();
    const used = new Gauge({ name: 'gmail_api_quota_used', help: 'h', registers: [registry] });
    const limit = new Gauge({ name: 'gmail_api_quota_limit', help: 'h', registers: [registry] });
    const { gmail, queue } = loadConfigSlices(slices, {
      GMAIL_QUOTA_UNITS_PER_SECOND: unitsPerSecond,
    });
    return { service: new GmailQuotaService(gmail, queue, used, limit, options), registry };
  }

  it('grants a full window, then refuses with the wait until the next one, per mailbox', async () => {
    const { service } = withoutRedis('10', { burstSeconds: 1, maxWaitMs: 50 });
    await service.acquire('mb', 10);
    const error = (await service.acquire('mb', 5).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe(ErrorCodes.GMAIL_RATE_LIMITED);
    expect(error.options.retryAfterSeconds).toBe(1);
    // Another mailbox has its own window.
    await expect(service.acquire('other', 10)).resolves.toBeUndefined();
    await service.onModuleDestroy();
  });

  it('waits within maxWaitMs for the next window instead of failing', async () => {
    const { service } = withoutRedis('10', { burstSeconds: 1, maxWaitMs: 2_000 });
    await service.acquire('mb', 10);
    const started = Date.now();
    await service.acquire('mb', 10);
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
    await service.onModuleDestroy();
  });

  it('lets a request bigger than the window through, then blocks the mailbox for its cost', async () => {
    const { service } = withoutRedis('10', { burstSeconds: 1, maxWaitMs: 0 });
    await service.acquire('mb', 25); // 2.5 windows' worth
    const error = (await service.acquire('mb', 1).catch((e: unknown) => e)) as AppError;
    expect(error.code).toBe(ErrorCodes.GMAIL_RATE_LIMITED);
    expect(error.options.retryAfterSeconds).toBe(3);
    await service.onModuleDestroy();
  });

  it('keeps the gauge at the busiest mailbox and follows its refill, recomputed at most once a second', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { service, registry } = withoutRedis('100', { burstSeconds: 2 }); // capacity 200
      const value = async () =>
        (await registry.getSingleMetric('gmail_api_quota_used')!.get()).values[0]!.value;
      await service.acquire('busy', 150);
      expect(await value()).toBe(150);
      // A quieter mailbox does not lower it, a busier reading raises it at once.
      await service.acquire('quiet', 10);
      expect(await value()).toBe(150);
      await service.acquire('busy', 20);
      expect(await value()).toBe(170);
      // 2.5 s later the busy mailbox's window has ended: its new reading replaces the old one.
      vi.setSystemTime(Date.now() + 2_500);
      await service.acquire('busy', 21);
      expect(await value()).toBe(21);
      // Readings older than a minute are dropped.
      vi.setSystemTime(Date.now() + 61_000);
      await service.acquire('other', 5);
      expect(await value()).toBe(5);
      await service.onModuleDestroy();
    } finally {
      vi.useRealTimers();
    }
  });
});
