import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { AppConfig } from '../../core/config/app-config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import {
  localTokenBuckets,
  redisTokenBuckets,
  type BucketSpec,
  type TokenBuckets,
} from '../../core/rate-limit/token-buckets.js';

/** Longest a call waits for budget before the job is retried later instead (LLM_RATE_LIMITED). */
const MAX_WAIT_MS = 20_000;

/**
 * Client-side pacing of LLM calls under the vendor's per-minute limits (LLM_RATE_LIMIT_RPM /
 * LLM_RATE_LIMIT_TPM, 0 = off), shared by every worker through Redis. Without it, a worker pool
 * sized for throughput sends more than the account allows and lives on 429s: each one costs a
 * round trip, an SDK retry, and after three in a row the circuit breaker opens for everyone.
 * With it, calls wait here (briefly) and go out at the allowed rate.
 *
 * Every SDK call is paced (the classification's repair re-ask too), with the exact prompt it
 * sends; see estimateTokens. Buckets refill continuously with one second of burst, so a quiet
 * minute cannot be spent in one spike the vendor would reject. The SDK's own single retry of a
 * stray 429 is not paced.
 */
@Injectable()
export class LlmRateLimiter implements OnModuleDestroy {
  private readonly logger = new Logger(LlmRateLimiter.name);
  private readonly buckets?: TokenBuckets;
  private readonly prefix: string;

  constructor(private readonly config: AppConfig) {
    this.prefix = `${config.QUEUE_PREFIX}:llm-rate:`;
    if (!config.LLM_RATE_LIMIT_RPM && !config.LLM_RATE_LIMIT_TPM) return;
    this.buckets = config.REDIS_URL
      ? redisTokenBuckets(config.REDIS_URL, (err) =>
          this.logger.warn(`Redis (LLM rate limit): ${err.message}`),
        )
      : localTokenBuckets();
  }

  get enabled(): boolean {
    return !!this.buckets;
  }

  /**
   * Tokens a call will count against TPM, estimated as vendors do at request time: the prompt
   * (~4 characters a token for English; fewer for code and many other languages, so leave a
   * margin under the account's TPM) plus the completion budget.
   */
  estimateTokens(promptChars: number): number {
    return Math.ceil(promptChars / 4) + this.config.LLM_MAX_TOKENS;
  }

  /** Waits until one request and `tokens` fit the provider's budget; throws LLM_RATE_LIMITED past MAX_WAIT_MS. */
  async acquire(provider: string, tokens: number): Promise<void> {
    if (!this.buckets || provider === 'offline') return;
    const specs: BucketSpec[] = [];
    const { LLM_RATE_LIMIT_RPM: rpm, LLM_RATE_LIMIT_TPM: tpm } = this.config;
    if (rpm)
      specs.push({
        key: `${this.prefix}${provider}:rpm`,
        capacity: Math.max(1, rpm / 60),
        rate: rpm / 60,
        units: 1,
      });
    // A call bigger than one second of TPM is granted on a full bucket (into debt), never starved.
    if (tpm)
      specs.push({
        key: `${this.prefix}${provider}:tpm`,
        capacity: tpm / 60,
        rate: tpm / 60,
        units: tokens,
      });
    const deadline = Date.now() + MAX_WAIT_MS;
    for (;;) {
      const { granted, waitMs } = await this.buckets.take(specs);
      if (granted) return;
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
      // Jitter: waiters woken together would otherwise collide on the same refill.
      await new Promise((r) => setTimeout(r, waitMs + Math.floor(Math.random() * 20)));
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.buckets?.close();
  }
}
