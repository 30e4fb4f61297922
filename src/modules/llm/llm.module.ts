import { Module } from '@nestjs/common';
import { LlmConfig } from './llm.config.js';
import { LLM_FALLBACK_PROVIDER, LLM_PRICES } from './llm.constants.js';
import { LlmService } from './llm.service.js';
import { LlmBatchService } from './llm-batch.service.js';
import { LlmMetrics } from './llm-metrics.js';
import { LlmRateLimiter } from './llm-rate-limiter.service.js';
import { loadPriceTable } from './llm-prices.js';
import { createLlmProvider, selectLlmProviders } from './llm-provider.factory.js';
import { LlmProvider } from './llm-provider.port.js';

/**
 * LLM layer. Needs the global ConfigModule (LlmConfig, QueueConfig) and MetricsModule. Exports
 * LlmService (what the pipeline uses) and LlmProvider (the primary provider, for callers that
 * must bypass the chain).
 */
@Module({
  providers: [
    {
      provide: LLM_PRICES,
      useFactory: (config: LlmConfig) => loadPriceTable(config.LLM_PRICES_JSON),
      inject: [LlmConfig],
    },
    LlmMetrics,
    {
      provide: LlmProvider,
      useFactory: (config: LlmConfig, metrics: LlmMetrics, limiter: LlmRateLimiter) =>
        createLlmProvider(selectLlmProviders(config).primary, config, metrics, limiter),
      inject: [LlmConfig, LlmMetrics, LlmRateLimiter],
    },
    {
      provide: LLM_FALLBACK_PROVIDER,
      useFactory: (config: LlmConfig, metrics: LlmMetrics, limiter: LlmRateLimiter) => {
        const { fallback } = selectLlmProviders(config);
        return fallback ? createLlmProvider(fallback, config, metrics, limiter) : null;
      },
      inject: [LlmConfig, LlmMetrics, LlmRateLimiter],
    },
    LlmRateLimiter,
    LlmService,
    LlmBatchService,
  ],
  exports: [LlmService, LlmBatchService, LlmProvider],
})
export class LlmModule {}
