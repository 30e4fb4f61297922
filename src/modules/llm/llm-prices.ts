import type { LlmUsage } from './llm-provider.port.js';

/**
 * List prices in USD per 1M tokens (standard tier), used only for the llm_cost_usd_total
 * estimate and the stored per-task cost. Vendors change prices: override with LLM_PRICES_JSON
 * rather than trusting this table for billing. Keys match a model name exactly or as a prefix,
 * so dated snapshots ("gpt-4o-mini-2024-07-18") and aliases ("claude-3-5-sonnet-latest")
 * resolve. Models not listed (e.g. local Ollama/vLLM models) cost 0.
 *
 * Prompt caching: `cachedInput` is the price of an input token read from the provider's prompt
 * cache (OpenAI: a per-model discount; Anthropic: 0.1 x input), `cacheWrite` the price of one
 * written to it (Anthropic's 5-minute cache: 1.25 x input; OpenAI writes at the input price).
 * Either one missing means the input price. A Batch API call costs half of all of it.
 */
export interface ModelPrice {
  input: number;
  output: number;
  cachedInput?: number;
  cacheWrite?: number;
}

export type PriceTable = Readonly<Record<string, ModelPrice>>;

/** OpenAI and Anthropic bill Batch API requests at half the standard price. */
export const BATCH_PRICE_FACTOR = 0.5;

/** Anthropic's cache prices as multiples of the input price (5-minute cache). */
function anthropic(input: number, output: number): ModelPrice {
  return { input, output, cachedInput: input * 0.1, cacheWrite: input * 1.25 };
}

export const DEFAULT_LLM_PRICES: PriceTable = {
  'gpt-4o-mini': { input: 0.15, output: 0.6, cachedInput: 0.075 },
  'gpt-4o': { input: 2.5, output: 10, cachedInput: 1.25 },
  'gpt-4.1-nano': { input: 0.1, output: 0.4, cachedInput: 0.025 },
  'gpt-4.1-mini': { input: 0.4, output: 1.6, cachedInput: 0.1 },
  'gpt-4.1': { input: 2, output: 8, cachedInput: 0.5 },
  'gpt-5-nano': { input: 0.05, output: 0.4, cachedInput: 0.005 },
  'gpt-5-mini': { input: 0.25, output: 2, cachedInput: 0.025 },
  'gpt-5': { input: 1.25, output: 10, cachedInput: 0.125 },
  'o4-mini': { input: 1.1, output: 4.4, cachedInput: 0.275 },
  'claude-3-haiku': anthropic(0.25, 1.25),
  'claude-3-5-haiku': anthropic(0.8, 4),
  'claude-haiku-4-5': anthropic(1, 5),
  'claude-3-5-sonnet': anthropic(3, 15),
  'claude-3-7-sonnet': anthropic(3, 15),
  'claude-sonnet-4': anthropic(3, 15),
  'claude-opus-4-5': anthropic(5, 25),
  'claude-opus-4': anthropic(15, 75),
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
    throw new Error(
      'LLM_PRICES_JSON: must be an object of {model: {input, output, cachedInput?, cacheWrite?}}',
    );
  }
  const table: Record<string, ModelPrice> = { ...DEFAULT_LLM_PRICES };
  for (const [model, value] of Object.entries(parsed as Record<string, unknown>)) {
    const price = value as Partial<ModelPrice> | null;
    if (!price || !isPrice(price.input) || !isPrice(price.output)) {
      throw new Error(`LLM_PRICES_JSON: "${model}" needs numeric input and output prices >= 0`);
    }
    for (const key of ['cachedInput', 'cacheWrite'] as const) {
      if (price[key] !== undefined && !isPrice(price[key]))
        throw new Error(`LLM_PRICES_JSON: "${model}".${key} must be a number >= 0`);
    }
    table[model] = {
      input: price.input,
      output: price.output,
      ...(price.cachedInput !== undefined ? { cachedInput: price.cachedInput } : {}),
      ...(price.cacheWrite !== undefined ? { cacheWrite: price.cacheWrite } : {}),
    };
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

/**
 * USD for one call's usage: cached input at the cached price, cache writes at the write price,
 * the remaining input at the input price; all of it halved for a Batch API call. Token counts
 * are the provider's (bounded: a negative or inconsistent figure never lowers the cost below
 * what the uncached input and the completion cost).
 */
export function costUsd(
  table: PriceTable,
  model: string,
  usage: LlmUsage,
  options: { batch?: boolean } = {},
): number {
  const price = priceFor(table, model);
  if (!price) return 0;
  const prompt = Math.max(0, usage.promptTokens);
  const cached = Math.min(prompt, Math.max(0, usage.cachedPromptTokens ?? 0));
  const written = Math.min(prompt - cached, Math.max(0, usage.cacheWriteTokens ?? 0));
  const fresh = prompt - cached - written;
  const micro =
    fresh * price.input +
    cached * (price.cachedInput ?? price.input) +
    written * (price.cacheWrite ?? price.input) +
    Math.max(0, usage.completionTokens) * price.output;
  return (micro / 1_000_000) * (options.batch ? BATCH_PRICE_FACTOR : 1);
}
