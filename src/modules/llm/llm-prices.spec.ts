import { describe, expect, it } from 'vitest';
import { costUsd, DEFAULT_LLM_PRICES, loadPriceTable, priceFor } from './llm-prices.js';

describe('LLM prices', () => {
  it('matches exact names, dated snapshots and aliases by the longest prefix', () => {
    expect(priceFor(DEFAULT_LLM_PRICES, 'gpt-4o-mini')).toEqual({ input: 0.15, output: 0.6 });
    expect(priceFor(DEFAULT_LLM_PRICES, 'gpt-4o-mini-2024-07-18')).toEqual({
      input: 0.15,
      output: 0.6,
    });
    expect(priceFor(DEFAULT_LLM_PRICES, 'gpt-4o-2024-11-20')).toEqual({ input: 2.5, output: 10 });
    expect(priceFor(DEFAULT_LLM_PRICES, 'claude-3-5-sonnet-latest')).toEqual({
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
  ])('rejects %s', (json) => {
    expect(() => loadPriceTable(json)).toThrow(/LLM_PRICES_JSON/);
  });
});
