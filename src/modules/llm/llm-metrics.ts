import { Inject, Injectable } from '@nestjs/common';
import { InjectMetric } from '@willsoto/nestjs-prometheus';
import { CircuitState } from 'cockatiel';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { Metric } from '../../core/metrics/metric-names.js';
import { LLM_PRICES } from './llm.constants.js';
import { costUsd, DEFAULT_LLM_PRICES, type PriceTable } from './llm-prices.js';
import type { LlmOperation, LlmUsage } from './llm-provider.port.js';

/** Outcome label of llm_api_calls_total: 'ok' or the error code in lower case. */
export type LlmCallStatus = string;

/** One HTTP round trip, as the provider saw it. */
export interface LlmCallRecord {
  provider: string;
  model: string;
  stage: LlmOperation;
  status: LlmCallStatus;
  /** Round-trip time; none for a Batch API answer (it came with a whole batch). */
  seconds?: number;
  usage?: LlmUsage;
  /** Answered through the Batch API: priced at half. */
  batch?: boolean;
}

/** The LLM series, recorded in one place so every provider labels them the same way. */
@Injectable()
export class LlmMetrics {
  constructor(
    @InjectMetric(Metric.LlmLatency) private readonly latency: Histogram<string>,
    @InjectMetric(Metric.LlmTokens) private readonly tokens: Counter<string>,
    @InjectMetric(Metric.LlmCost) private readonly cost: Counter<string>,
    @InjectMetric(Metric.LlmPromptCacheTokens) private readonly cacheTokens: Counter<string>,
    @InjectMetric(Metric.LlmFallbacks) private readonly fallbacks: Counter<string>,
    @InjectMetric(Metric.LlmCircuitState) private readonly circuit: Gauge<string>,
    @InjectMetric(Metric.LlmCalls) private readonly calls: Counter<string>,
    @Inject(LLM_PRICES) private readonly prices: PriceTable,
  ) {}

  /** Same series on a given registry, for unit tests and scripts that run without Nest. */
  static standalone(registry: Registry, prices: PriceTable = DEFAULT_LLM_PRICES): LlmMetrics {
    const registers = [registry];
    return new LlmMetrics(
      new Histogram({
        name: Metric.LlmLatency,
        help: 'LLM API latency in seconds',
        labelNames: ['provider', 'model'],
        registers,
      }),
      new Counter({
        name: Metric.LlmTokens,
        help: 'LLM tokens',
        labelNames: ['provider', 'model', 'stage', 'kind'],
        registers,
      }),
      new Counter({
        name: Metric.LlmCost,
        help: 'Estimated LLM cost in USD',
        labelNames: ['provider', 'model', 'stage'],
        registers,
      }),
      new Counter({
        name: Metric.LlmPromptCacheTokens,
        help: 'Prompt tokens read from or written to the provider prompt cache',
        labelNames: ['provider', 'model', 'stage', 'kind'],
        registers,
      }),
      new Counter({
        name: Metric.LlmFallbacks,
        help: 'Calls answered by a fallback provider',
        labelNames: ['from', 'to'],
        registers,
      }),
      new Gauge({
        name: Metric.LlmCircuitState,
        help: 'Circuit breaker state',
        labelNames: ['provider'],
        registers,
      }),
      new Counter({
        name: Metric.LlmCalls,
        help: 'LLM calls by outcome',
        labelNames: ['provider', 'model', 'status'],
        registers,
      }),
      prices,
    );
  }

  /** One HTTP round trip (a repair re-ask is a call of its own). */
  recordCall({ provider, model, stage, status, seconds, usage, batch }: LlmCallRecord): void {
    this.calls.inc({ provider, model, status });
    if (seconds !== undefined) this.latency.observe({ provider, model }, seconds);
    if (!usage) return;
    this.tokens.inc({ provider, model, stage, kind: 'prompt' }, usage.promptTokens);
    this.tokens.inc({ provider, model, stage, kind: 'completion' }, usage.completionTokens);
    if (usage.cachedPromptTokens)
      this.cacheTokens.inc({ provider, model, stage, kind: 'read' }, usage.cachedPromptTokens);
    if (usage.cacheWriteTokens)
      this.cacheTokens.inc({ provider, model, stage, kind: 'write' }, usage.cacheWriteTokens);
    this.cost.inc({ provider, model, stage }, this.costOf(model, usage, { batch }));
  }

  /**
   * Estimated USD for one result, from the same price table as llm_cost_usd_total: cached
   * input at the cached price, a Batch API call at half price.
   */
  costOf(model: string, usage: LlmUsage, options: { batch?: boolean } = {}): number {
    return costUsd(this.prices, model, usage, options);
  }

  recordFallback(from: string, to: string): void {
    this.fallbacks.inc({ from, to });
  }

  /** Exported as 0 closed, 1 half-open, 2 open (an isolated breaker counts as open). */
  setCircuitState(provider: string, state: CircuitState): void {
    const value = state === CircuitState.Closed ? 0 : state === CircuitState.HalfOpen ? 1 : 2;
    this.circuit.set({ provider }, value);
  }
}
