import { Inject, Injectable, Logger, OnModuleDestroy, Optional } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { Redis } from 'ioredis';
import type { Gauge } from 'prom-client';
import { QueueConfig } from '../../core/queue/queue.config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { Metric } from '../../core/metrics/metric-names.js';
import { FixedWindowLimiter } from '../../core/rate-limit/fixed-window.limiter.js';
import { GmailConfig } from './gmail.config.js';

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
  'messages.modify': 5,
  'labels.list': 1,
  'labels.create': 5,
  watch: 100,
  stop: 50,
} as const;
export type GmailEndpoint = keyof typeof GMAIL_QUOTA_COSTS;

export interface GmailQuotaOptions {
  /**
   * Window length in whole seconds: each mailbox may spend this many seconds' worth of units per
   * window. Short, so a burst stays near Google's 15,000/min.
   */
  burstSeconds?: number;
  /** Longest acquire() waits before giving up with GMAIL_RATE_LIMITED. */
  maxWaitMs?: number;
}
export const GMAIL_QUOTA_OPTIONS = Symbol('GMAIL_QUOTA_OPTIONS');

/** How often the busiest-mailbox gauge is recomputed from all recent readings. */
const USAGE_SWEEP_MS = 1_000;

/**
 * Per-mailbox Gmail quota limiter: a fixed window of GMAIL_QUOTA_UNITS_PER_SECOND × burstSeconds
 * units per mailbox, shared by every worker through Redis (without REDIS_URL, or while Redis is
 * down, each process counts alone, so N processes may together spend up to N times the rate
 * before Gmail's own 429s, retried with Retry-After, push back).
 */
@Injectable()
export class GmailQuotaService implements OnModuleDestroy {
  private readonly logger = new Logger(GmailQuotaService.name);
  private readonly redis?: Redis;
  private readonly limiter: FixedWindowLimiter;
  readonly capacity: number;
  private readonly maxWaitMs: number;
  /** Recent "used" per mailbox, so the gauge can show the busiest mailbox, not the last one. */
  private readonly usage = new Map<string, { used: number; at: number }>();
  private usageMax = 0;
  private usageSweptAt = 0;
  private fallbackAt = 0;

  constructor(
    config: GmailConfig,
    queue: QueueConfig,
    @InjectMetric(Metric.GmailQuotaUsed) private readonly usedGauge: Gauge<string>,
    @InjectMetric(Metric.GmailQuotaLimit) limitGauge: Gauge<string>,
    @Optional() @Inject(GMAIL_QUOTA_OPTIONS) options: GmailQuotaOptions = {},
  ) {
    const seconds = Math.max(1, Math.round(options.burstSeconds ?? 5));
    this.capacity = Math.max(1, Math.round(config.GMAIL_QUOTA_UNITS_PER_SECOND * seconds));
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    if (queue.REDIS_URL) {
      const redis = new Redis(queue.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: false });
      // Without a listener ioredis prints every reconnect error.
      redis.on('error', (err: Error) => this.logger.warn(`Redis (Gmail quota): ${err.message}`));
      this.redis = redis;
    }
    this.limiter = new FixedWindowLimiter(
      {
        keyPrefix: `${queue.QUEUE_PREFIX}:gmail-quota`,
        points: this.capacity,
        durationSeconds: seconds,
      },
      { redis: this.redis, onFallback: () => this.countedLocally() },
    );
    limitGauge.set(this.capacity);
  }

  /** Waits until `units` are available for the mailbox; throws GMAIL_RATE_LIMITED past maxWaitMs. */
  async acquire(mailboxId: string, units: number): Promise<void> {
    const deadline = Date.now() + this.maxWaitMs;
    for (;;) {
      const outcome = await this.limiter.take(mailboxId, units);
      this.recordUsage(mailboxId, Math.min(outcome.consumed, this.capacity));
      if (outcome.allowed) return;
      const waitMs = outcome.msBeforeNext;
      if (waitMs > deadline - Date.now()) {
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

  private countedLocally(): void {
    if (Date.now() - this.fallbackAt > 60_000)
      this.logger.warn('Gmail quota counters unavailable in Redis: counting per process');
    this.fallbackAt = Date.now();
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
        // A window lasts burstSeconds; older readings say nothing any more.
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
