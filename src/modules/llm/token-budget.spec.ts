import { describe, expect, it } from 'vitest';
import { allocateThreadBudget, estimateTokens, truncateToTokens } from './token-budget.js';

describe('token budget', () => {
  it('estimates conservatively at 3 characters per token', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcdefg')).toBe(3);
  });

  it('keeps text within budget and cuts at a word boundary with a visible mark', () => {
    const text = 'word '.repeat(1_000);

    const cut = truncateToTokens(text, 200);

    expect(estimateTokens(cut)).toBeLessThanOrEqual(200);
    expect(cut.endsWith('[… truncated]')).toBe(true);
    expect(cut).toMatch(/word\n\[… truncated\]$/);
    expect(truncateToTokens('short', 200)).toBe('short');
  });

  it('gives the latest email its share and fills the rest with the newest thread messages', () => {
    const latest = 'L'.repeat(3_000);
    const thread = ['old '.repeat(500), 'mid '.repeat(100), 'new '.repeat(50)];

    const result = allocateThreadBudget(latest, thread, 1_000);

    expect(estimateTokens(result.latest)).toBeLessThanOrEqual(600);
    const total =
      estimateTokens(result.latest) + result.thread.reduce((n, t) => n + estimateTokens(t), 0);
    expect(total).toBeLessThanOrEqual(1_000);
    expect(result.thread[result.thread.length - 1]).toBe(thread[2]);
    expect(result.thread).toContain(thread[1]);
  });
});
