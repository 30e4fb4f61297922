import { describe, expect, it } from 'vitest';
import { costUsd, DEFAULT_LLM_PRICES, loadPriceTable, priceFor } from './llm-prices.js';

describe('LLM prices', () => {
  it('matches exact names, dated snapshots and aliases by the longest prefix', () => {
    expect(priceFor(DEFAULT_LLM_PRICES, 'gpt-4o-mini')).toMatchObject({ input: 0.15, output: 0.6 });
    expect(priceFor(DEFAULT_LLM_PRICES, 'gpt-4o-mini-2024-07-18')).toMatchObject({
      input: 0.15,
      output: 0.6,
    });
    expect(priceFor(DEFAULT_LLM_PRICES, 'gpt-4o-2024-11-20')).toMatchObject({
      input: 2.5,
      output: 10,
    });
    expect(priceFor(DEFAULT_LLM_PRICES, 'claude-3-5-sonnet-latest')).toMatchObject({
      input: 3,
      output: 15,
    });
    expect(priceFor(DEFAULT_LLM_PRICES, 'llama3.1:8b')).toBeUndefined();
  });

  it('computes USD from per-million prices; unknown (local) models cost 0', () => {
    expect(
      costUsd(DEFAULT_LLM_PRICES, 'gpt-4o-mini', {
        promptTokens: 1_000_000,
        completionTokens: 500_000,
      }),
    ).toBeCloseTo(0.45, 10);
    expect(
      costUsd(DEFAULT_LLM_PRICES, 'llama3.1', { promptTokens: 10_000, completionTokens: 10_000 }),
    ).toBe(0);
  });

  it('bills cached input at the cached price and the rest at the input price (OpenAI)', () => {
    // gpt-4o-mini: 0.15 input, 0.075 cached input, 0.6 output per 1M.
    const usage = { promptTokens: 2_000, cachedPromptTokens: 1_024, completionTokens: 100 };

    expect(costUsd(DEFAULT_LLM_PRICES, 'gpt-4o-mini', usage)).toBeCloseTo(
      (976 * 0.15 + 1_024 * 0.075 + 100 * 0.6) / 1e6,
      12,
    );
  });

  it('bills Anthropic cache writes at 1.25x and reads at 0.1x the input price', () => {
    const write = { promptTokens: 3_000, cacheWriteTokens: 2_048, completionTokens: 50 };
    const read = { promptTokens: 3_000, cachedPromptTokens: 2_048, completionTokens: 50 };

    expect(costUsd(DEFAULT_LLM_PRICES, 'claude-sonnet-4-6', write)).toBeCloseTo(
      (952 * 3 + 2_048 * 3.75 + 50 * 15) / 1e6,
      12,
    );
    expect(costUsd(DEFAULT_LLM_PRICES, 'claude-sonnet-4-6', read)).toBeCloseTo(
      (952 * 3 + 2_048 * 0.3 + 50 * 15) / 1e6,
      12,
    );
  });

  it('halves every part of the cost for a Batch API call', () => {
    const usage = { promptTokens: 5_000, cachedPromptTokens: 1_152, completionTokens: 300 };
    const standard = costUsd(DEFAULT_LLM_PRICES, 'gpt-4.1-mini', usage);

    expect(standard).toBeGreaterThan(0);
    expect(costUsd(DEFAULT_LLM_PRICES, 'gpt-4.1-mini', usage, { batch: true })).toBeCloseTo(
      standard / 2,
      12,
    );
  });

  it('never counts more cached tokens than prompt tokens (provider figures are bounded)', () => {
    const bogus = { promptTokens: 100, cachedPromptTokens: 1e9, completionTokens: -5 };

    expect(costUsd(DEFAULT_LLM_PRICES, 'gpt-4o-mini', bogus)).toBeCloseTo((100 * 0.075) / 1e6, 12);
  });

  it('merges LLM_PRICES_JSON over the defaults', () => {
    const table = loadPriceTable(
      '{"llama3.1": {"input": 0.01, "output": 0.02}, "gpt-4o-mini": {"input": 1, "output": 2}}',
    );

    expect(table['llama3.1']).toEqual({ input: 0.01, output: 0.02 });
    expect(table['gpt-4o-mini']).toEqual({ input: 1, output: 2 });
    expect(table['gpt-4o']).toEqual(DEFAULT_LLM_PRICES['gpt-4o']);
  });

  it.each([
    'not json',
    '[1]',
    '{"m": {"input": "1", "output": 2}}',
    '{"m": {"input": -1, "output": 2}}',
    '{"m": {"input": 1, "output": 2, "cachedInput": "x"}}',
  ])('rejects %s', (json) => {
    expect(() => loadPriceTable(json)).toThrow(/LLM_PRICES_JSON/);
  });
});
