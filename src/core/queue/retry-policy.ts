import { JobName } from './queue.constants.js';

/**
 * Retry policy as data, in one place (design's table). Attempts include the first run.
 * Delays are exponential from `baseSeconds`, capped at `capSeconds`, with full jitter.
 */
export interface RetryRule {
  attempts: number;
  baseSeconds: number;
  capSeconds: number;
}

export const RETRY_POLICY: Record<JobName, RetryRule> = {
  [JobName.Classify]: { attempts: 5, baseSeconds: 60, capSeconds: 900 },
  [JobName.Generate]: { attempts: 3, baseSeconds: 60, capSeconds: 600 },
  [JobName.Draft]: { attempts: 3, baseSeconds: 30, capSeconds: 300 },
  [JobName.SyncMailbox]: { attempts: 8, baseSeconds: 5, capSeconds: 300 },
  [JobName.Backfill]: { attempts: 3, baseSeconds: 60, capSeconds: 600 },
};

/** Custom BullMQ backoff strategy name registered on every worker. */
export const BACKOFF_STRATEGY = 'policy';

/**
 * Delay before retry number `attemptsMade` (1-based) in ms: min(cap, base*2^(n-1)), jittered
 * into [50%, 100%] so retries from a burst spread out, and never below a Retry-After.
 */
export function backoffDelayMs(
  rule: RetryRule,
  attemptsMade: number,
  scale = 1,
  retryAfterSeconds?: number,
  random: () => number = Math.random,
): number {
  const exp = Math.min(rule.capSeconds, rule.baseSeconds * 2 ** Math.max(0, attemptsMade - 1));
  const jittered = exp * (0.5 + random() * 0.5);
  const floor = retryAfterSeconds && retryAfterSeconds > 0 ? retryAfterSeconds : 0;
  return Math.round(Math.max(jittered, floor) * 1000 * scale);
}
