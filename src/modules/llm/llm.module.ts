import { Module } from '@nestjs/common';
import { AppConfig } from '../../core/config/app-config';
import { LLM_FALLBACK_PROVIDER, LLM_PRICES } from './llm.constants';
import { LlmService } from './llm.service';
import { LlmMetrics } from './llm-metrics';
import { LlmRateLimiter } from './llm-rate-limiter.service';
import { loadPriceTable } from './llm-prices';
import { createLlmProvider, selectLlmProviders } from './llm-provider.factory';
import { LlmProvider } from './llm-provider.port';

/**
 * LLM layer. Needs the global AppConfig and MetricsModule. Exports LlmService (what the
 * pipeline uses) and LlmProvider (the primary provider, for callers that must bypass the chain).
 */
@Module({
  providers: [
    {
      provide: LLM_PRICES,
      useFactory: (config: AppConfig) => loadPriceTable(config.LLM_PRICES_JSON),
      inject: [AppConfig],
    },
    LlmMetrics,
    {
      provide: LlmProvider,
      useFactory: (config: AppConfig, metrics: LlmMetrics, limiter: LlmRateLimiter) =>
        createLlmProvider(selectLlmProviders(config).primary, config, metrics, limiter),
      inject: [AppConfig, LlmMetrics, LlmRateLimiter],
    },
    {
      provide: LLM_FALLBACK_PROVIDER,
      useFactory: (config: AppConfig, metrics: LlmMetrics, limiter: LlmRateLimiter) => {
        const { fallback } = selectLlmProviders(config);
        return fallback ? createLlmProvider(fallback, config, metrics, limiter) : null;
      },
      inject: [AppConfig, LlmMetrics, LlmRateLimiter],
    },
    LlmRateLimiter,
    LlmService,
  ],
  exports: [LlmService, LlmProvider],
})
export class LlmModule {}
