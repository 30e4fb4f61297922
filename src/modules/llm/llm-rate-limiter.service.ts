import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { QueueConfig } from '../../core/queue/queue.config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { LlmConfig } from './llm.config.js';
import { Redis } from 'ioredis';
import {
  FixedWindowLimiter,
  windowFor,
  type LimiterStore,
  type Outcome,
} from '../../core/rate-limit/fixed-window.limiter.js';

/** Longest a call waits for budget before the job is retried later instead (LLM_RATE_LIMITED). */
const MAX_WAIT_MS = 20_000;

/** Weight of the latest call in the running mean of tokens per call. */
const TOKEN_MEAN_WEIGHT = 0.05;

/** What the pacing lets through, for sizing the worker's concurrency (see StageConcurrency). */
export interface LlmPacing {
  /**
   * Calls per second the configured limits allow at the calls' mean size: the lower of RPM/60
   * and TPM/60 ÷ tokens per call. Undefined while neither limit is set or, for TPM alone,
   * before the first call.
   */
  allowedCallsPerSecond?: number;
  /** Calls this process let through since it started. */
  grantedCalls: number;
  /** Milliseconds this process's calls have spent waiting here (budget or Retry-After), summed. */
  waitedMs: number;
  /** Calls answered (or failed) since the process started, and their latency summed. */
  completedCalls: number;
  callMs: number;
}

/**
 * Client-side pacing of LLM calls under the vendor's per-minute limits (LLM_RATE_LIMIT_RPM /
 * LLM_RATE_LIMIT_TPM, 0 = off), shared by every worker through Redis. Without it, a worker pool
 * sized for throughput sends more than the account allows and lives on 429s: each one costs a
 * round trip, an SDK retry, and after three in a row the circuit breaker opens for everyone.
 * With it, calls wait here (briefly) and go out at the allowed rate.
 *
 * Every SDK call is paced (the classification's repair re-ask too), with the exact prompt it
 * sends; see estimateTokens. Each budget is a fixed window of a few seconds (windowFor; longer only for a few calls a minute),
 * so a quiet minute cannot be spent in one spike the vendor would reject. A call needs one
 * request AND its tokens: the request is counted first, and given back when the tokens are
 * refused, so a waiting call holds neither budget. Between the two counts another process may
 * see the request counted (at worst one call waits a window longer); a refund landing after its
 * window ended adds one request to the next. Without REDIS_URL, or while Redis is down, each
 * process counts alone. The SDK's own single retry of a stray 429 is not paced.
 */
@Injectable()
export class LlmRateLimiter implements OnModuleDestroy {
  private readonly logger = new Logger(LlmRateLimiter.name);
  private readonly redis?: Redis;
  private readonly requests?: FixedWindowLimiter;
  private readonly tokens?: FixedWindowLimiter;
  private fallbackAt = 0;
  private grantedCalls = 0;
  private waitedMs = 0;
  private meanTokens = 0;
  private completedCalls = 0;
  private callMs = 0;
  /** provider → time before which no call goes out (the vendor's Retry-After). */
  private readonly pausedUntil = new Map<string, number>();

  constructor(
    private readonly config: LlmConfig,
    queue: QueueConfig,
  ) {
    const { LLM_RATE_LIMIT_RPM: rpm, LLM_RATE_LIMIT_TPM: tpm } = config;
    if (!rpm && !tpm) return;
    if (queue.REDIS_URL) {
      const redis = new Redis(queue.REDIS_URL, { maxRetriesPerRequest: 2, lazyConnect: false });
      redis.on('error', (err: Error) => this.logger.warn(`Redis (LLM rate limit): ${err.message}`));
      this.redis = redis;
    }
    const store: LimiterStore = { redis: this.redis, onFallback: () => this.countedLocally() };
    const prefix = `${queue.QUEUE_PREFIX}:llm-rate`;
    if (rpm)
      this.requests = new FixedWindowLimiter(
        { keyPrefix: `${prefix}:rpm`, ...windowFor(rpm) },
        store,
      );
    if (tpm)
      this.tokens = new FixedWindowLimiter(
        { keyPrefix: `${prefix}:tpm`, ...windowFor(tpm) },
        store,
      );
  }

  get enabled(): boolean {
    return !!(this.requests || this.tokens);
  }

  /**
   * Tokens a call will count against TPM, estimated as vendors do at request time: the prompt
   * (~4 characters a token for English; fewer for code and many other languages, so leave a
   * margin under the account's TPM) plus the completion budget.
   */
  estimateTokens(promptChars: number): number {
    return Math.ceil(promptChars / 4) + this.config.LLM_MAX_TOKENS;
  }

  /**
   * The vendor answered 429 with Retry-After: its own view of the account (other clients of
   * the same key, limits lower than configured) says stop. Calls from this process wait that
   * long instead of each collecting a 429 of its own, which is what turns one refusal into a
   * storm that opens the circuit breaker.
   */
  pause(provider: string, ms: number): void {
    if (!(ms > 0)) return;
    const until = Date.now() + Math.min(ms, MAX_WAIT_MS);
    if (until > (this.pausedUntil.get(provider) ?? 0)) this.pausedUntil.set(provider, until);
  }

  pacing(): LlmPacing {
    const perSecond = (limiter?: FixedWindowLimiter) =>
      limiter ? limiter.window.points / limiter.window.durationSeconds : Infinity;
    const requests = perSecond(this.requests);
    const tokens = this.meanTokens > 0 ? perSecond(this.tokens) / this.meanTokens : Infinity;
    const allowed = Math.min(requests, tokens);
    return {
      allowedCallsPerSecond: Number.isFinite(allowed) ? allowed : undefined,
      grantedCalls: this.grantedCalls,
      waitedMs: this.waitedMs,
      completedCalls: this.completedCalls,
      callMs: this.callMs,
    };
  }

  /** A call that went out came back (or failed) after `ms`: the latency the worker sizes for. */
  completed(ms: number): void {
    this.completedCalls++;
    this.callMs += ms;
  }

  /** Waits until one request and `tokens` fit the provider's budget; throws LLM_RATE_LIMITED past MAX_WAIT_MS. */
  async acquire(provider: string, tokens: number): Promise<void> {
    const started = Date.now();
    try {
      await this.waitOutPause(provider, started);
      if (!this.enabled || provider === 'offline') return;
      await this.takeBudget(provider, tokens);
    } finally {
      this.waitedMs += Date.now() - started;
    }
    this.grantedCalls++;
    this.meanTokens = this.meanTokens
      ? this.meanTokens + TOKEN_MEAN_WEIGHT * (tokens - this.meanTokens)
      : tokens;
  }

  private async waitOutPause(provider: string, now: number): Promise<void> {
    const until = this.pausedUntil.get(provider) ?? 0;
    if (until <= now) return;
    // Spread the waiters over a few tens of ms so they do not all hit the vendor in one tick.
    await new Promise((r) => setTimeout(r, until - now + Math.floor(Math.random() * 50)));
  }

  private async takeBudget(provider: string, tokens: number): Promise<void> {
    const { LLM_RATE_LIMIT_RPM: rpm, LLM_RATE_LIMIT_TPM: tpm } = this.config;
    const deadline = Date.now() + MAX_WAIT_MS;
    for (;;) {
      const refused = await this.takeBoth(provider, Math.max(1, Math.ceil(tokens)));
      if (!refused) return;
      const waitMs = refused.msBeforeNext;
      if (Date.now() + waitMs > deadline) {
        throw new AppError(
          ErrorCodes.LLM_RATE_LIMITED,
          `${provider}: local rate limit (${rpm} RPM / ${tpm} TPM) would wait too long`,
          {
            retryable: true,
            status: 429,
            retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
            details: { provider, source: 'local-rate-limit' },
          },
        );
      }
      // Jitter: waiters woken together would otherwise collide on the same window.
      await new Promise((r) => setTimeout(r, waitMs + Math.floor(Math.random() * 20)));
    }
  }

  /** One attempt at both budgets: undefined when granted, else the refusal to wait out. */
  private async takeBoth(provider: string, tokens: number): Promise<Outcome | undefined> {
    if (this.requests) {
      const request = await this.requests.consume(provider, 1);
      if (!request.allowed) return request;
    }
    if (!this.tokens) return undefined;
    const granted = await this.tokens.take(provider, tokens);
    if (granted.allowed) return undefined;
    await this.requests?.refund(provider, 1);
    return granted;
  }

  private countedLocally(): void {
    if (Date.now() - this.fallbackAt > 60_000)
      this.logger.warn('LLM rate-limit counters unavailable in Redis: counting per process');
    this.fallbackAt = Date.now();
  }

  async onModuleDestroy(): Promise<void> {
    const redis = this.redis;
    if (redis) await redis.quit().catch(() => redis.disconnect());
  }
}
