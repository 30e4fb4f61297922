import { Inject, Injectable, Logger, OnModuleDestroy, Optional } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { Redis } from 'ioredis';
import type { Gauge } from 'prom-client';
import { AppConfig } from '../../core/config/app-config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { Metric } from '../../core/metrics/metric-names.js';

/**
 * Quota units per Gmail method, from Google's "Usage limits" page
 * (https://developers.google.com/workspace/gmail/api/reference/quota, checked 2025: per-user
 * limit 15,000 units/minute ≈ 250/s moving average; messages.get 5, history.list 2, ...).
 */
export const GMAIL_QUOTA_COSTS = {
  getProfile: 1,
  'messages.get': 5,
  'messages.list': 5,
  'history.list': 2,
  'threads.get': 10,
  'drafts.create': 10,
  'drafts.update': 15,
  'drafts.get': 5,
  'drafts.list': 5,
  'drafts.delete': 10,
  watch: 100,
  stop: 50,
} as const;
export type GmailEndpoint = keyof typeof GMAIL_QUOTA_COSTS;

export interface GmailQuotaOptions {
  /** Bucket size in seconds of refill. Small, so a burst plus a minute of refill stays near 15,000/min. */
  burstSeconds?: number;
  /** Longest acquire() waits before giving up with GMAIL_RATE_LIMITED. */
  maxWaitMs?: number;
}
export const GMAIL_QUOTA_OPTIONS = Symbol('GMAIL_QUOTA_OPTIONS');

/*
 * Token bucket in one Redis hash {tokens, ts}. Time comes from Redis (TIME) so workers with
 * skewed clocks share one notion of "now". A full bucket always grants, even a request bigger
 * than the bucket (it goes into debt), so no call can starve forever.
 * Returns {granted 0|1, tokens after, wait ms until the request would fit}.
 */
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local units = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'ts')
local tokens = tonumber(state[1])
local ts = tonumber(state[2])
if tokens == nil or ts == nil then tokens = capacity; ts = now end
if now > ts then tokens = math.min(capacity, tokens + (now - ts) * rate / 1000) end
local granted = 0
local wait = 0
if tokens >= units or tokens >= capacity then
  tokens = tokens - units
  granted = 1
else
  wait = math.ceil((math.min(units, capacity) - tokens) * 1000 / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'ts', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) * 1000 / rate) + 60000)
return {granted, tostring(tokens), wait}
`;

type TakeFn = (
  key: string,
  capacity: number,
  rate: number,
  units: number,
) => Promise<[number, string, number]>;

/**
 * The same bucket as TAKE_SCRIPT, in this process's memory: used when there is no Redis
 * (REDIS_URL unset). Exact for a single process (the demo's role `all`); with N processes each
 * keeps its own bucket, so together they may spend up to N times the configured rate before
 * Gmail's own 429s (retried with Retry-After) push back.
 */
export function localTake(): TakeFn {
  const buckets = new Map<string, { tokens: number; ts: number }>();
  return async (key, capacity, rate, units) => {
    const now = Date.now();
    const state = buckets.get(key) ?? { tokens: capacity, ts: now };
    if (now > state.ts)
      state.tokens = Math.min(capacity, state.tokens + ((now - state.ts) * rate) / 1000);
    state.ts = now;
    let granted = 0;
    let wait = 0;
    if (state.tokens >= units || state.tokens >= capacity) {
      state.tokens -= units;
      granted = 1;
    } else {
      wait = Math.ceil(((Math.min(units, capacity) - state.tokens) * 1000) / rate);
    }
    buckets.set(key, state);
    return [granted, String(state.tokens), wait];
  };
}

/** How often the busiest-mailbox gauge is recomputed from all recent readings. */
const USAGE_SWEEP_MS = 1_000;

/** Per-mailbox Gmail quota limiter shared by every worker through Redis (or per process without). */
@Injectable()
export class GmailQuotaService implements OnModuleDestroy {
  private readonly logger = new Logger(GmailQuotaService.name);
  private readonly redis?: Redis;
  private readonly take: TakeFn;
  private readonly rate: number;
  readonly capacity: number;
  private readonly maxWaitMs: number;
  private readonly keyPrefix: string;
  /** Recent "used" per mailbox, so the gauge can show the busiest mailbox, not the last one. */
  private readonly usage = new Map<string, { used: number; at: number }>();
  private usageMax = 0;
  private usageSweptAt = 0;

  constructor(
    config: AppConfig,
    @InjectMetric(Metric.GmailQuotaUsed) private readonly usedGauge: Gauge<string>,
    @InjectMetric(Metric.GmailQuotaLimit) limitGauge: Gauge<string>,
    @Optional() @Inject(GMAIL_QUOTA_OPTIONS) options: GmailQuotaOptions = {},
  ) {
    this.rate = config.GMAIL_QUOTA_UNITS_PER_SECOND;
    this.capacity = Math.max(1, Math.round(this.rate * (options.burstSeconds ?? 5)));
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    this.keyPrefix = `${config.QUEUE_PREFIX}:gmail-quota:`;
    if (config.REDIS_URL) {
      const redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: false });
      // Without a listener ioredis prints every reconnect error; acquire() still fails loudly.
      redis.on('error', (err: Error) => this.logger.warn(`Redis (Gmail quota): ${err.message}`));
      redis.defineCommand('gmailQuotaTake', { numberOfKeys: 1, lua: TAKE_SCRIPT });
      this.redis = redis;
      this.take = (redis as unknown as { gmailQuotaTake: TakeFn }).gmailQuotaTake.bind(redis);
    } else {
      this.take = localTake();
    }
    limitGauge.set(this.capacity);
  }

  /** Waits until `units` are available for the mailbox; throws GMAIL_RATE_LIMITED past maxWaitMs. */
  async acquire(mailboxId: string, units: number): Promise<void> {
    const deadline = Date.now() + this.maxWaitMs;
    for (;;) {
      const [granted, tokensText, waitMs] = await this.take(
        this.keyPrefix + mailboxId,
        this.capacity,
        this.rate,
        units,
      );
      this.recordUsage(mailboxId, this.capacity - Number(tokensText));
      if (granted === 1) return;
      const remaining = deadline - Date.now();
      if (waitMs > remaining) {
        throw new AppError(
          ErrorCodes.GMAIL_RATE_LIMITED,
          `Gmail quota for mailbox ${mailboxId} exhausted`,
          {
            retryable: true,
            status: 429,
            retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
            details: { mailboxId, units, source: 'local-quota' },
          },
        );
      }
      // Jitter so concurrent waiters of one mailbox do not all retry in the same millisecond.
      await new Promise((r) => setTimeout(r, waitMs + Math.floor(Math.random() * 10)));
    }
  }

  /**
   * The gauge shows the busiest mailbox's latest reading. A reading above the current maximum
   * raises it at once; the full recomputation (which also drops readings older than a minute)
   * runs at most once a second, not on every Gmail call: with thousands of mailboxes a scan per
   * call would cost more than the call.
   */
  private recordUsage(mailboxId: string, used: number): void {
    const now = Date.now();
    const reading = Math.max(0, used);
    this.usage.set(mailboxId, { used: reading, at: now });
    if (now - this.usageSweptAt >= USAGE_SWEEP_MS) {
      this.usageSweptAt = now;
      let max = 0;
      for (const [id, entry] of this.usage) {
        // A bucket refills completely within burstSeconds; older readings say nothing any more.
        if (now - entry.at > 60_000) this.usage.delete(id);
        else max = Math.max(max, entry.used);
      }
      this.usageMax = max;
    } else if (reading > this.usageMax) {
      this.usageMax = reading;
    }
    this.usedGauge.set(this.usageMax);
  }

  async onModuleDestroy(): Promise<void> {
    const redis = this.redis;
    if (redis) await redis.quit().catch(() => redis.disconnect());
  }
}
