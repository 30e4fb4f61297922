import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import {
  BrokenCircuitError,
  CircuitBreakerPolicy,
  CircuitState,
  ConsecutiveBreaker,
  IsolatedCircuitError,
  circuitBreaker,
  handleWhen,
} from 'cockatiel';
import { LlmConfig } from './llm.config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { LLM_FALLBACK_PROVIDER } from './llm.constants.js';
import { canFallBack, isAvailabilityFailure } from './llm-errors.js';
import { LlmMetrics } from './llm-metrics.js';
import { CLASSIFY_SYSTEM_PROMPT } from './prompts.js';
import { LlmPacing, LlmRateLimiter } from './llm-rate-limiter.service.js';
import {
  Classification,
  EmailForLlm,
  GeneratedReply,
  LlmProvider,
  OwnerContext,
  ReplyContext,
} from './llm-provider.port.js';

interface Link {
  provider: LlmProvider;
  breaker: CircuitBreakerPolicy;
  openedAt: number;
}

export type CircuitStateName = 'closed' | 'half-open' | 'open';

/**
 * What the pipeline calls. Runs the primary provider, then the fallback, each behind its own
 * circuit breaker: LLM_BREAKER_THRESHOLD consecutive availability failures (5xx, timeouts,
 * rate limits left after the SDK's retries) open it; after LLM_BREAKER_COOLDOWN_MS one trial call
 * is let through (half-open) and its outcome closes or re-opens it. An answer still unreadable
 * after the repair re-ask falls back and counts towards the breaker too. Bad requests
 * (400/404/422) neither trip the breaker nor fall back: another attempt would not change them;
 * a rejected key (401/403) falls back without tripping the breaker.
 * Errors are AppErrors; retryable when at least one provider failed transiently.
 */
@Injectable()
export class LlmService {
  private readonly logger = new Logger(LlmService.name);
  private readonly chain: Link[];
  private readonly classifier: string;

  constructor(
    @Inject(LlmProvider) primary: LlmProvider,
    @Optional() @Inject(LLM_FALLBACK_PROVIDER) fallback: LlmProvider | null,
    private readonly config: LlmConfig,
    private readonly metrics: LlmMetrics,
    @Optional() private readonly limiter?: LlmRateLimiter,
  ) {
    this.chain = [primary, ...(fallback ? [fallback] : [])].map((provider) => this.link(provider));
    const prompt = createHash('sha256').update(CLASSIFY_SYSTEM_PROMPT).digest('hex').slice(0, 16);
    const models = this.chain.map(
      ({ provider }) => `${provider.name}:${modelOf(provider.name, config)}`,
    );
    this.classifier = `${models.join('>')}#${prompt}`;
  }

  /**
   * Tokens of email text one prompt may hold (LLM_INPUT_TOKEN_BUDGET): callers cut the text
   * they pass to this size, as the providers do.
   */
  get inputTokenBudget(): number {
    return this.config.LLM_INPUT_TOKEN_BUDGET;
  }

  /**
   * Who classifies: the provider chain with each provider's model and a hash of the static
   * classify instructions. Part of the shared classification cache's key, so a change of model,
   * provider or prompt never reuses verdicts of the old one.
   */
  get classifierId(): string {
    return this.classifier;
  }

  /**
   * What the account's configured limits let through and how much of it this process used, for
   * sizing the worker's concurrency (pipeline's StageConcurrency).
   */
  pacing(): LlmPacing {
    return this.limiter?.pacing() ?? { grantedCalls: 0, waitedMs: 0, completedCalls: 0, callMs: 0 };
  }

  classify(email: EmailForLlm, owner?: OwnerContext): Promise<Classification> {
    return this.run((provider) => provider.classify(email, owner));
  }

  generateReply(context: ReplyContext): Promise<GeneratedReply> {
    return this.run((provider) => provider.generateReply(context));
  }

  /**
   * Estimated USD cost of a result (prompt + completion tokens, including a repair re-ask) from
   * the price table; 0 for offline and for models without a price (local servers).
   */
  estimateCost(
    result: Pick<Classification, 'model' | 'usage'>,
    options: { batch?: boolean } = {},
  ): number {
    return this.metrics.costOf(result.model, result.usage, options);
  }

  /** Provider names in call order, e.g. ['openai', 'anthropic']. */
  get providers(): string[] {
    return this.chain.map((l) => l.provider.name);
  }

  circuitState(provider: string): CircuitStateName | undefined {
    const link = this.chain.find((l) => l.provider.name === provider);
    if (!link) return undefined;
    const state = link.breaker.state;
    return state === CircuitState.Closed
      ? 'closed'
      : state === CircuitState.HalfOpen
        ? 'half-open'
        : 'open';
  }

  private async run<T>(operation: (provider: LlmProvider) => Promise<T>): Promise<T> {
    const failures: AppError[] = [];
    for (const [index, link] of this.chain.entries()) {
      try {
        const result = await link.breaker.execute(() => operation(link.provider));
        if (index > 0) this.metrics.recordFallback(this.chain[0].provider.name, link.provider.name);
        return result;
      } catch (error) {
        const appError = this.normalise(error, link);
        failures.push(appError);
        // A permanent failure ends the chain, but if an earlier provider only failed transiently
        // the job should still retry later (combine() prefers the retryable error).
        if (!canFallBack(appError)) throw this.combine(failures);
        const next = this.chain[index + 1]?.provider.name;
        if (next)
          this.logger.warn(
            `${link.provider.name} failed (${appError.code}); falling back to ${next}`,
          );
      }
    }
    throw this.combine(failures);
  }

  private link(provider: LlmProvider): Link {
    const breaker = circuitBreaker(handleWhen(isAvailabilityFailure), {
      halfOpenAfter: this.config.LLM_BREAKER_COOLDOWN_MS,
      breaker: new ConsecutiveBreaker(this.config.LLM_BREAKER_THRESHOLD),
    });
    const link: Link = { provider, breaker, openedAt: 0 };
    this.metrics.setCircuitState(provider.name, CircuitState.Closed);
    breaker.onStateChange((state) => {
      if (state === CircuitState.Open) link.openedAt = Date.now();
      this.metrics.setCircuitState(provider.name, state);
      this.logger.log(`circuit ${provider.name}: ${CircuitState[state]}`);
    });
    return link;
  }

  private normalise(error: unknown, link: Link): AppError {
    if (error instanceof AppError) return error;
    if (error instanceof BrokenCircuitError || error instanceof IsolatedCircuitError) {
      const waitMs = link.openedAt + this.config.LLM_BREAKER_COOLDOWN_MS - Date.now();
      return new AppError(ErrorCodes.LLM_CIRCUIT_OPEN, `${link.provider.name}: circuit open`, {
        retryable: true,
        status: 503,
        retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)),
        details: { provider: link.provider.name },
        cause: error,
      });
    }
    const message = error instanceof Error ? error.message : String(error);
    return new AppError(ErrorCodes.INTERNAL, `${link.provider.name}: ${message}`, {
      retryable: false,
      cause: error,
    });
  }

  /** The error to surface when every provider failed: a transient one if any, so the job retries. */
  private combine(failures: AppError[]): AppError {
    const chosen = failures.find((f) => f.retryable) ?? failures[failures.length - 1];
    if (failures.length === 1) return chosen;
    const attempts = failures.map((f) => ({ code: f.code, message: f.message }));
    return new AppError(chosen.code, chosen.message, {
      ...chosen.options,
      details: { ...chosen.options.details, attempts },
    });
  }
}

/** The model a provider of the chain is configured with ('offline' for the offline one). */
function modelOf(provider: string, config: LlmConfig): string {
  if (provider === 'openai') return config.OPENAI_MODEL;
  if (provider === 'anthropic') return config.ANTHROPIC_MODEL;
  return provider;
}
