import { describe, expect, it } from 'vitest';
import { JobName } from './queue.constants.js';
import { backoffDelayMs, RETRY_POLICY } from './retry-policy.js';

describe('retry policy', () => {
  it('matches the design table', () => {
    expect(RETRY_POLICY[JobName.Classify]).toEqual({
      attempts: 5,
      baseSeconds: 60,
      capSeconds: 900,
    });
    expect(RETRY_POLICY[JobName.Generate]).toEqual({
      attempts: 3,
      baseSeconds: 60,
      capSeconds: 600,
    });
    expect(RETRY_POLICY[JobName.Draft]).toEqual({ attempts: 3, baseSeconds: 30, capSeconds: 300 });
  });

  it('grows exponentially, is capped and jittered into [50%, 100%]', () => {
    const rule = RETRY_POLICY[JobName.Classify];
    expect(backoffDelayMs(rule, 1, 1, undefined, () => 1)).toBe(60_000);
    expect(backoffDelayMs(rule, 2, 1, undefined, () => 1)).toBe(120_000);
    expect(backoffDelayMs(rule, 10, 1, undefined, () => 1)).toBe(900_000);
    expect(backoffDelayMs(rule, 1, 1, undefined, () => 0)).toBe(30_000);
  });

  it('never waits less than Retry-After, and scales for tests', () => {
    const rule = RETRY_POLICY[JobName.Draft];
    expect(backoffDelayMs(rule, 1, 1, 120, () => 0)).toBe(120_000);
    expect(backoffDelayMs(rule, 1, 0.001, undefined, () => 1)).toBe(30);
  });
});
