import type { LlmConfig, LlmProviderName } from './llm.config.js';
import type { LlmRateLimiter } from './llm-rate-limiter.service.js';
import { AnthropicProvider } from './anthropic-provider.adapter.js';
import { LlmMetrics } from './llm-metrics.js';
import { LlmProvider } from './llm-provider.port.js';
import { OfflineProvider } from './offline-provider.adapter.js';
import { OpenAiProvider } from './openai-provider.adapter.js';

export interface LlmProviderSelection {
  primary: LlmProviderName;
  fallback: LlmProviderName | null;
}

/**
 * Which providers run, from config. Primary: LLM_PROVIDER, else openai with an OpenAI key, else
 * anthropic with an Anthropic key, else offline (so a fresh checkout works with no account).
 * Fallback: LLM_FALLBACK_PROVIDER ('none' disables), else anthropic behind openai when an
 * Anthropic key is set. Offline is never an implicit fallback: silently drafting templates while
 * a paid model is down would hide the outage; set LLM_FALLBACK_PROVIDER=offline to opt in.
 */
export function selectLlmProviders(config: LlmConfig): LlmProviderSelection {
  const primary: LlmProviderName =
    config.LLM_PROVIDER ??
    (config.OPENAI_API_KEY ? 'openai' : config.ANTHROPIC_API_KEY ? 'anthropic' : 'offline');
  let fallback: LlmProviderName | null = null;
  if (config.LLM_FALLBACK_PROVIDER && config.LLM_FALLBACK_PROVIDER !== 'none')
    fallback = config.LLM_FALLBACK_PROVIDER;
  else if (!config.LLM_FALLBACK_PROVIDER && primary === 'openai' && config.ANTHROPIC_API_KEY)
    fallback = 'anthropic';
  if (fallback === primary) fallback = null;
  if (fallback === 'openai' && !config.OPENAI_API_KEY) {
    throw new Error('OPENAI_API_KEY: required when LLM_FALLBACK_PROVIDER=openai');
  }
  if (fallback === 'anthropic' && !config.ANTHROPIC_API_KEY) {
    throw new Error('ANTHROPIC_API_KEY: required when LLM_FALLBACK_PROVIDER=anthropic');
  }
  return { primary, fallback };
}

export function createLlmProvider(
  name: LlmProviderName,
  config: LlmConfig,
  metrics: LlmMetrics,
  limiter?: LlmRateLimiter,
): LlmProvider {
  switch (name) {
    case 'openai':
      return new OpenAiProvider(config, metrics, limiter);
    case 'anthropic':
      return new AnthropicProvider(config, metrics, limiter);
    case 'offline':
      return new OfflineProvider(metrics);
  }
}
