import { Logger } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { Redis } from 'ioredis';
import { createHash } from 'node:crypto';
import { FixedWindowLimiter, type Outcome } from './fixed-window.limiter.js';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

export interface ThrottlerStorageOptions {
  /** Counters shared by every api process; without it each process counts alone. */
  redis?: Redis;
  /** Namespace of the counters: `<keyPrefix>:<throttler>:<sha256 of the guard's key>`. */
  keyPrefix: string;
  /** Longest wait for Redis before this request is counted locally instead. */
  timeoutMs?: number;
  /** How long after the last local count `degraded` stays true (diagnostics, tests). */
  degradedForMs?: number;
}

/**
 * @nestjs/throttler storage over rate-limiter-flexible: a fixed window per key from its first
 * hit, blocked past `limit` for `blockDuration` (or, without one, until the window ends). With
 * Redis every pod and API_PROCESSES worker spends one budget. The guard's key is already a hash
 * of route and tracker; hashing again keeps any tracker (an API key id, an IP) out of Redis key
 * names even if a custom generateKey returns it as is.
 *
 * When Redis fails or is slower than `timeoutMs`, the request is counted in this process's memory
 * (the limiter's insurance). Neither fail-open nor fail-closed: failing closed would answer
 * 429/503 to every admin call for the length of a Redis outage, locking operators out of the API
 * they need during one, and refuse pushes before the webhook can decide for itself (it answers
 * 503 when it cannot enqueue, so Pub/Sub redelivers); failing open would drop the limit at the
 * one moment an attacker can cause or wait for.
 *
 * Hits on one key within one turn of the event loop are counted together in one call (N points
 * at once, one Redis command instead of N): a push burst from one source would otherwise cost a
 * Redis command per request. Nothing waits for another call to come back, so no hit waits
 * longer than before; each still gets its own place in the count, so it is allowed or refused
 * exactly as N calls one after another would be (see split()).
 */
export class RateLimiterThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('ThrottlerStorage');
  /** One limiter per throttler configuration (a handful: admin, webhook). */
  private readonly limiters = new Map<string, FixedWindowLimiter>();
  /** Per limiter and key: this event loop turn's hits, not yet sent. */
  private readonly waiting = new Map<
    string,
    { limiter: FixedWindowLimiter; key: string; waiters: Waiter[] }
  >();
  private flushing = false;
  private localAt = 0;

  constructor(private readonly options: ThrottlerStorageOptions) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const { id, limiter } = this.limiterFor(throttlerName, ttl, limit, blockDuration);
    const outcome = await this.hit(id, limiter, createHash('sha256').update(key).digest('hex'));
    const seconds = Math.max(0, Math.ceil(outcome.msBeforeNext / 1000));
    return {
      totalHits: outcome.consumed,
      timeToExpire: seconds,
      isBlocked: !outcome.allowed,
      timeToBlockExpire: outcome.allowed ? 0 : seconds,
    };
  }

  /** True shortly after a request was counted locally because Redis failed (tests, diagnostics). */
  get degraded(): boolean {
    return Date.now() - this.localAt < (this.options.degradedForMs ?? 5_000);
  }

  private hit(limiterId: string, limiter: FixedWindowLimiter, key: string): Promise<Outcome> {
    const id = `${limiterId}:${key}`;
    return new Promise<Outcome>((resolve, reject) => {
      const group = this.waiting.get(id);
      if (group) group.waiters.push({ resolve, reject });
      else this.waiting.set(id, { limiter, key, waiters: [{ resolve, reject }] });
      if (!this.flushing) {
        this.flushing = true;
        // After the event loop's I/O callbacks: every request read in this turn is in by then.
        setImmediate(() => this.flush());
      }
    });
  }

  /** One limiter call per key for all of its hits of this event loop turn. */
  private flush(): void {
    this.flushing = false;
    const groups = [...this.waiting.values()];
    this.waiting.clear();
    for (const { limiter, key, waiters } of groups) {
      limiter.consume(key, waiters.length).then(
        (outcome) =>
          split(outcome, waiters.length, limiter.window.points).forEach((o, i) =>
            waiters[i].resolve(o),
          ),
        (error: unknown) => waiters.forEach((w) => w.reject(error)),
      );
    }
  }

  private limiterFor(name: string, ttl: number, limit: number, block: number) {
    const id = `${name}:${ttl}:${limit}:${block}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      limiter = new FixedWindowLimiter(
        {
          keyPrefix: `${this.options.keyPrefix}:${name}`,
          points: limit,
          // Whole seconds: the Redis store keeps windows with EXPIRE.
          durationSeconds: Math.max(1, Math.ceil(ttl / 1000)),
          blockSeconds: block > 0 ? Math.max(1, Math.ceil(block / 1000)) : 0,
        },
        {
          redis: this.options.redis,
          timeoutMs: this.options.timeoutMs,
          onFallback: () => this.countedLocally(),
        },
      );
      this.limiters.set(id, limiter);
    }
    return { id, limiter };
  }

  private countedLocally(): void {
    // Once per outage (a quiet spell of degradedForMs ends one).
    if (!this.degraded)
      this.logger.warn('rate-limit counters unavailable in Redis: counting per process');
    this.localAt = Date.now();
  }
}

interface Waiter {
  resolve: (outcome: Outcome) => void;
  reject: (error: unknown) => void;
}

/**
 * The answers `count` one-point calls would have had, from the answer to one call of `count`
 * points: the counter is only ever added to, so the i-th hit's count is the total minus the
 * hits after it, and it is allowed when that is within the window's points (a group that went
 * past the limit still lets through the hits that came before it, as single calls would have).
 */
export function split(outcome: Outcome, count: number, points: number): Outcome[] {
  return Array.from({ length: count }, (_, i) => {
    const consumed = outcome.consumed - (count - 1 - i);
    return {
      allowed: outcome.allowed || consumed <= points,
      consumed,
      msBeforeNext: outcome.msBeforeNext,
    };
  });
}
