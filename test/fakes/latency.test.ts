import { describe, expect, it } from 'vitest';
import { logNormalLatency, logNormalParams, seededRandom } from './latency.js';

const quantile = (sorted: number[], q: number) => sorted[Math.floor(q * (sorted.length - 1))];

describe('log-normal latency of the fakes', () => {
  it('draws a seeded sample whose median and 99th percentile match the spec', () => {
    const sample = logNormalLatency({ medianMs: 2_000, p99Ms: 10_000, seed: 42 });
    const values = Array.from({ length: 50_000 }, sample).sort((a, b) => a - b);
    expect(quantile(values, 0.5)).toBeGreaterThan(2_000 * 0.97);
    expect(quantile(values, 0.5)).toBeLessThan(2_000 * 1.03);
    expect(quantile(values, 0.99)).toBeGreaterThan(10_000 * 0.93);
    expect(quantile(values, 0.99)).toBeLessThan(10_000 * 1.07);
    // The mean sits above the median (right skew), as the closed form says.
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(mean / logNormalParams({ medianMs: 2_000, p99Ms: 10_000 }).meanMs).toBeCloseTo(1, 1);
    expect(mean).toBeGreaterThan(2_400);
  });

  it('repeats its sequence for the same seed and differs for another', () => {
    const a = Array.from({ length: 5 }, logNormalLatency({ medianMs: 100, p99Ms: 500, seed: 7 }));
    const b = Array.from({ length: 5 }, logNormalLatency({ medianMs: 100, p99Ms: 500, seed: 7 }));
    const c = Array.from({ length: 5 }, logNormalLatency({ medianMs: 100, p99Ms: 500, seed: 8 }));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    const r = seededRandom(1);
    for (let i = 0; i < 1_000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });

  it('refuses a p99 below the median', () => {
    expect(() => logNormalParams({ medianMs: 100, p99Ms: 50 })).toThrow(/median/);
  });
});
