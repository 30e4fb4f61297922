/** DI token of the fallback provider (value: LlmProvider, or null when there is none). */
export const LLM_FALLBACK_PROVIDER = Symbol('LLM_FALLBACK_PROVIDER');

/** DI token of the resolved price table (llm-prices.ts merged with LLM_PRICES_JSON). */
export const LLM_PRICES = Symbol('LLM_PRICES');
