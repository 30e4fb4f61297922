import type { LlmUsage } from './llm-provider.port.js';

/**
 * List prices in USD per 1M tokens (standard tier, no batch/caching discounts), used only for
 * the llm_cost_usd_total estimate. Vendors change prices: override with LLM_PRICES_JSON rather
 * than trusting this table for billing. Keys match a model name exactly or as a prefix, so dated
 * snapshots ("gpt-4o-mini-2024-07-18") and aliases ("claude-3-5-sonnet-latest") resolve.
 * Models not listed (e.g. local Ollama/vLLM models) cost 0.
 */
export interface ModelPrice {
  input: number;
  output: number;
}

export type PriceTable = Readonly<Record<string, ModelPrice>>;

export const DEFAULT_LLM_PRICES: PriceTable = {
  'gpt-4o-mini': { input: 0.15, output: 0.6 },
  'gpt-4o': { input: 2.5, output: 10 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6 },
  'gpt-4.1': { input: 2, output: 8 },
  'gpt-5-nano': { input: 0.05, output: 0.4 },
  'gpt-5-mini': { input: 0.25, output: 2 },
  'gpt-5': { input: 1.25, output: 10 },
  'o4-mini': { input: 1.1, output: 4.4 },
  'claude-3-haiku': { input: 0.25, output: 1.25 },
  'claude-3-5-haiku': { input: 0.8, output: 4 },
  'claude-haiku-4-5': { input: 1, output: 5 },
  'claude-3-5-sonnet': { input: 3, output: 15 },
  'claude-3-7-sonnet': { input: 3, output: 15 },
  'claude-sonnet-4': { input: 3, output: 15 },
  'claude-opus-4-5': { input: 5, output: 25 },
  'claude-opus-4': { input: 15, output: 75 },
  offline: { input: 0, output: 0 },
};

/** Default table merged with a JSON override; throws on malformed JSON so boot fails loudly. */
export function loadPriceTable(overrideJson = ''): PriceTable {
  if (!overrideJson.trim()) return DEFAULT_LLM_PRICES;
  let parsed: unknown;
  try {
    parsed = JSON.parse(overrideJson);
  } catch {
    throw new Error('LLM_PRICES_JSON: not valid JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('LLM_PRICES_JSON: must be an object of {model: {input, output}}');
  }
  const table: Record<string, ModelPrice> = { ...DEFAULT_LLM_PRICES };
  for (const [model, value] of Object.entries(parsed as Record<string, unknown>)) {
    const price = value as Partial<ModelPrice> | null;
    if (!price || !isPrice(price.input) || !isPrice(price.output)) {
      throw new Error(`LLM_PRICES_JSON: "${model}" needs numeric input and output prices >= 0`);
    }
    table[model] = { input: price.input, output: price.output };
  }
  return table;
}

function isPrice(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

/** Exact match first, then the longest key that prefixes the model name. */
export function priceFor(table: PriceTable, model: string): ModelPrice | undefined {
  const name = model.toLowerCase();
  if (table[name]) return table[name];
  let best: string | undefined;
  for (const key of Object.keys(table)) {
    if (name.startsWith(key.toLowerCase()) && (!best || key.length > best.length)) best = key;
  }
  return best ? table[best] : undefined;
}

export function costUsd(table: PriceTable, model: string, usage: LlmUsage): number {
  const price = priceFor(table, model);
  if (!price) return 0;
  return (usage.promptTokens * price.input + usage.completionTokens * price.output) / 1_000_000;
}
