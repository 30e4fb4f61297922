import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  RLWrapperTimeouts,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

export interface FixedWindow {
  /** Namespace of the counters (Redis keys are `<keyPrefix>:<key>`). */
  keyPrefix: string;
  /** Points allowed per window. */
  points: number;
  /** Window length in whole seconds (rate-limiter-flexible's Redis store counts in seconds). */
  durationSeconds: number;
  /** Seconds a key stays refused once it went past `points` (0: until the window ends). */
  blockSeconds?: number;
}

export interface LimiterStore {
  /** Counters shared by every process; without it, each process counts alone. */
  redis?: Redis;
  /** Longest wait for Redis before a call is counted in this process instead. */
  timeoutMs?: number;
  /** A call was counted in this process because Redis failed or was too slow. */
  onFallback?: () => void;
}

/** The per-process counters used while Redis is down; tells its owner when it is used. */
class FallbackLimiter extends RateLimiterMemory {
  constructor(
    window: ConstructorParameters<typeof RateLimiterMemory>[0],
    private readonly onUse: () => void,
  ) {
    super(window);
  }

  override consume(...args: Parameters<RateLimiterMemory['consume']>) {
    this.onUse();
    return super.consume(...args);
  }
}

export interface Outcome {
  allowed: boolean;
  /** Points counted in the current window, this call's included. */
  consumed: number;
  /** Milliseconds until the window (or the block) ends. */
  msBeforeNext: number;
}

/**
 * A fixed-window limiter from rate-limiter-flexible: in Redis when a client is given (one atomic
 * script per call, so every pod spends one budget), else in memory. With Redis, a call that Redis
 * fails, or does not answer within `timeoutMs`, is counted in this process's memory instead (the
 * library's insurance limiter): neither fail-open nor fail-closed, the limit holds per process
 * for the length of the outage.
 */
export class FixedWindowLimiter {
  private readonly limiter: RateLimiterAbstract;

  constructor(
    readonly window: FixedWindow,
    store: LimiterStore = {},
  ) {
    const options = {
      keyPrefix: window.keyPrefix,
      points: window.points,
      duration: window.durationSeconds,
      blockDuration: window.blockSeconds ?? 0,
    };
    if (!store.redis) {
      this.limiter = new RateLimiterMemory(options);
      return;
    }
    const fallback = new FallbackLimiter(options, () => store.onFallback?.());
    const shared = new RateLimiterRedis({
      ...options,
      // A disconnected client fails at once when its offline queue is off (RedisService's), else
      // after its retries or `timeoutMs`, whichever comes first.
      storeClient: store.redis,
      insuranceLimiter: fallback,
    });
    this.limiter = new RLWrapperTimeouts({
      limiter: shared,
      timeoutMs: store.timeoutMs ?? 250,
      blockDuration: options.blockDuration,
      insuranceLimiter: fallback,
    });
  }

  /** Counts `points` for the key; refused past the window's points (refused calls count too). */
  async consume(key: string, points: number): Promise<Outcome> {
    try {
      const res = await this.limiter.consume(key, points);
      return { allowed: true, consumed: res.consumedPoints, msBeforeNext: res.msBeforeNext };
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      return { allowed: false, consumed: error.consumedPoints, msBeforeNext: error.msBeforeNext };
    }
  }

  /**
   * consume() of `units` that may exceed a whole window (a Gmail `watch` under a small quota, an
   * LLM call bigger than a second of TPM): such a call is granted on an empty window, then the
   * key is blocked for as long as its units take to accrue, so it is never starved and its cost
   * is still paid before the next call.
   */
  async take(key: string, units: number): Promise<Outcome> {
    const { points, durationSeconds } = this.window;
    if (units <= points) return this.consume(key, units);
    const outcome = await this.consume(key, points);
    if (!outcome.allowed) return outcome;
    const seconds = Math.ceil((units * durationSeconds) / points);
    await this.limiter.block(key, seconds);
    return { allowed: true, consumed: units, msBeforeNext: seconds * 1000 };
  }

  /** Gives points back (a call that was counted but did not go out). */
  async refund(key: string, points: number): Promise<void> {
    await this.limiter.reward(key, points);
  }
}

/**
 * The window for a budget of `perMinute`: the shortest whole number of seconds whose share of
 * the budget is at least one point and loses at most a fiftieth of it to rounding down (short
 * windows keep a quiet minute from being spent in one spike the vendor would refuse; the bound
 * on the loss because the budget is what a large account pays for: 1,000 RPM in 1-s windows of
 * 16 would leave 4 % of it unused).
 */
export function windowFor(perMinute: number): { points: number; durationSeconds: number } {
  for (let seconds = 1; seconds < 60; seconds++) {
    const points = Math.floor((perMinute * seconds) / 60);
    if (points >= 1 && (points * 60) / seconds >= 0.98 * perMinute)
      return { points, durationSeconds: seconds };
  }
  return { points: Math.max(1, Math.floor(perMinute)), durationSeconds: 60 };
}
