import type {
  FakeLlmAnswer,
  FakeLlmRequest,
  FakeLlmResponder,
  RateLimitState,
} from './llm-fake.server.js';

/**
 * A vendor's rate limits in front of the LLM fakes: requests per minute and tokens per minute
 * (Anthropic also splits input and output tokens), as token buckets refilled continuously
 * (RPM/60 per second) with `burstSeconds` of headroom, which is how OpenAI describes its
 * enforcement. Tokens are counted at request time as the vendors do: estimated prompt tokens
 * (chars/4) plus the completion budget (max_tokens). Every answer carries the bucket state; the
 * fake renders it as its vendor's headers (x-ratelimit-* / anthropic-ratelimit-*). Over a limit
 * the answer is a 429 with the wait as Retry-After, at once; within them the answer comes after
 * `latencyMs` (a number or a sampler, e.g. test/fakes/latency.ts).
 */
export interface LlmLimits {
  rpm: number;
  /** Input + output tokens per minute (0: not limited). */
  tpm: number;
  /** Anthropic's separate input / output token limits per minute (0 or unset: not limited). */
  inputTpm?: number;
  outputTpm?: number;
  latencyMs: number | (() => number);
  burstSeconds?: number;
}

export interface LlmLimitStats {
  ok: number;
  rejected: number;
  okTimes: number[];
  /** Tokens counted for each accepted call (same order as okTimes). */
  okTokens: number[];
  rejectedTimes: number[];
  tokens: number;
  /** Latency drawn for each accepted call (same order as okTimes). */
  latencies: number[];
}

/** A continuously refilled token bucket holding `perMinute` over a minute. */
export class Bucket {
  private tokens: number;
  private at = Date.now();
  private readonly perSecond: number;
  readonly capacity: number;

  constructor(
    readonly perMinute: number,
    burstSeconds: number,
  ) {
    this.perSecond = perMinute / 60;
    this.capacity = Math.max(1, this.perSecond * burstSeconds);
    this.tokens = this.capacity;
  }

  /** Takes n if available; otherwise returns the ms until n would be. */
  take(n: number, commit: boolean): number {
    this.refill();
    if (this.tokens >= n) {
      if (commit) this.tokens -= n;
      return 0;
    }
    return Math.ceil(((n - this.tokens) / this.perSecond) * 1000);
  }

  /** What the vendor reports: the limit, what is left, and ms until the bucket is full again. */
  state(): { limit: number; remaining: number; resetMs: number } {
    this.refill();
    return {
      limit: this.perMinute,
      remaining: Math.max(0, Math.floor(this.tokens)),
      resetMs: Math.ceil(((this.capacity - this.tokens) / this.perSecond) * 1000),
    };
  }

  private refill(): void {
    const now = Date.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
  }
}

export function estimateInputTokens(request: FakeLlmRequest): number {
  const chars = request.system.length + request.messages.reduce((n, m) => n + m.content.length, 0);
  return Math.ceil(chars / 4);
}

function outputBudget(request: FakeLlmRequest): number {
  return Number(request.body.max_tokens ?? request.body.max_completion_tokens ?? 0);
}

export function estimateTokens(request: FakeLlmRequest): number {
  return estimateInputTokens(request) + outputBudget(request);
}

export function rateLimited(
  limits: LlmLimits,
  answer: (r: FakeLlmRequest) => FakeLlmAnswer,
): { responder: FakeLlmResponder; stats: LlmLimitStats } {
  const burst = limits.burstSeconds ?? 5;
  const bucket = (perMinute: number | undefined) =>
    perMinute ? new Bucket(perMinute, burst) : undefined;
  const buckets = {
    requests: bucket(limits.rpm),
    tokens: bucket(limits.tpm),
    inputTokens: bucket(limits.inputTpm),
    outputTokens: bucket(limits.outputTpm),
  };
  const latency =
    typeof limits.latencyMs === 'number' ? () => limits.latencyMs as number : limits.latencyMs;
  const stats: LlmLimitStats = {
    ok: 0,
    rejected: 0,
    okTimes: [],
    okTokens: [],
    rejectedTimes: [],
    tokens: 0,
    latencies: [],
  };
  const state = (): RateLimitState => ({
    requests: buckets.requests?.state(),
    tokens: buckets.tokens?.state(),
    inputTokens: buckets.inputTokens?.state(),
    outputTokens: buckets.outputTokens?.state(),
  });
  const responder: FakeLlmResponder = (request) => {
    const input = estimateInputTokens(request);
    const output = outputBudget(request);
    const need = {
      requests: 1,
      tokens: input + output,
      inputTokens: input,
      outputTokens: output,
    };
    const names = Object.keys(buckets) as (keyof typeof buckets)[];
    const waits = names.map((name) => [name, buckets[name]?.take(need[name], false) ?? 0] as const);
    const [which, waitMs] = waits.reduce((a, b) => (b[1] > a[1] ? b : a));
    if (waitMs > 0) {
      stats.rejected++;
      stats.rejectedTimes.push(Date.now());
      return {
        fail: {
          status: 429,
          retryAfterMs: waitMs,
          rateLimit: state(),
          message: `Rate limit reached for ${which} per min (fake: ${limits.rpm} RPM, ${limits.tpm} TPM)`,
        },
      };
    }
    for (const name of names) buckets[name]?.take(need[name], true);
    const delayMs = latency();
    stats.ok++;
    stats.okTimes.push(Date.now());
    stats.okTokens.push(need.tokens);
    stats.latencies.push(delayMs);
    stats.tokens += need.tokens;
    return { ...answer(request), delayMs, rateLimit: state() };
  };
  return { responder, stats };
}
