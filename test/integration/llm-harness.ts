import { Logger } from '@nestjs/common';
import { Registry } from 'prom-client';
import { loadConfigSlice } from '../../src/core/config/load-config.js';
import { LlmConfig } from '../../src/modules/llm/llm.config.js';
import { LlmService } from '../../src/modules/llm/llm.service.js';
import { LlmMetrics } from '../../src/modules/llm/llm-metrics.js';
import { loadPriceTable } from '../../src/modules/llm/llm-prices.js';
import {
  createLlmProvider,
  selectLlmProviders,
} from '../../src/modules/llm/llm-provider.factory.js';
import type { EmailForLlm, ReplyContext } from '../../src/modules/llm/llm-provider.port.js';

/**
 * Builds the LLM layer as LlmModule does, without Nest, on a private metrics registry, so a
 * test reads exactly the series its own calls produced.
 */
export interface LlmHarness {
  config: LlmConfig;
  service: LlmService;
  registry: Registry;
}

export function llmConfig(env: Record<string, string>): LlmConfig {
  // SDK retries off unless a test wants them: each HTTP request is then one scripted answer.
  return loadConfigSlice(LlmConfig, {
    LLM_SDK_MAX_RETRIES: '0',
    LLM_TIMEOUT_MS: '3000',
    LLM_BREAKER_COOLDOWN_MS: '300',
    ...env,
  });
}

export function buildLlm(env: Record<string, string>): LlmHarness {
  Logger.overrideLogger(false); // fallback/breaker log lines would drown the test output
  const config = llmConfig(env);
  const registry = new Registry();
  const metrics = LlmMetrics.standalone(registry, loadPriceTable(config.LLM_PRICES_JSON));
  const { primary, fallback } = selectLlmProviders(config);
  const service = new LlmService(
    createLlmProvider(primary, config, metrics),
    fallback ? createLlmProvider(fallback, config, metrics) : null,
    config,
    metrics,
  );
  return { config, service, registry };
}

/** Value of one series (0 when it was never touched). Histograms: pass the `_count` name. */
export async function metricValue(
  registry: Registry,
  name: string,
  labels: Record<string, string> = {},
): Promise<number> {
  const base = name.replace(/_(count|sum|bucket)$/, '');
  const metric = registry.getSingleMetric(base);
  if (!metric) return 0;
  const { values } = await metric.get();
  const match = values.find(
    (v) =>
      ((v as { metricName?: string }).metricName ?? base) === name &&
      Object.entries(labels).every(([k, expected]) => String(v.labels[k]) === expected),
  );
  return match?.value ?? 0;
}

export function questionEmail(overrides: Partial<EmailForLlm> = {}): EmailForLlm {
  return {
    from: 'Ana Ruiz <ana@customer.example.com>',
    to: 'alex@example.com',
    subject: 'Question about the renewal',
    body: 'Hi Alex,\n\nCould you tell me when our contract renews? Also, can we add two seats before then?\n\nThanks,\nAna',
    headers: {},
    labelIds: ['INBOX', 'UNREAD'],
    ...overrides,
  };
}

export function replyContext(
  email: EmailForLlm = questionEmail(),
  overrides: Partial<ReplyContext> = {},
): ReplyContext {
  return {
    email,
    thread: [],
    mailboxOwner: 'Alex Example <alex@example.com>',
    maxWords: 120,
    ...overrides,
  };
}
