import type {
  FakeLlmAnswer,
  FakeLlmRequest,
  FakeLlmResponder,
} from '../../test/fakes/llm-fake.server.js';

/**
 * A vendor's rate limits in front of the LLM fake: requests per minute and tokens per minute, as
 * token buckets refilled continuously (RPM/60 per second) with `burstSeconds` of headroom, which
 * is how OpenAI describes its enforcement. Tokens are counted at request time as the vendor does:
 * estimated prompt tokens (chars/4) plus the completion budget (max_tokens). Over the limit the
 * answer is a 429 with retry-after-ms, at once; within it the answer comes after `latencyMs`.
 */
export interface LlmLimits {
  rpm: number;
  tpm: number;
  latencyMs: number;
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
}

class Bucket {
  private tokens: number;
  private at = Date.now();
  constructor(
    private readonly perSecond: number,
    private readonly capacity: number,
  ) {
    this.tokens = capacity;
  }
  /** Takes n if available; otherwise returns the ms until n would be. */
  take(n: number, commit: boolean): number {
    const now = Date.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((now - this.at) / 1000) * this.perSecond);
    this.at = now;
    if (this.tokens >= n) {
      if (commit) this.tokens -= n;
      return 0;
    }
    return Math.ceil(((n - this.tokens) / this.perSecond) * 1000);
  }
}

export function estimateTokens(request: FakeLlmRequest): number {
  const chars = request.system.length + request.messages.reduce((n, m) => n + m.content.length, 0);
  const budget = Number(request.body.max_tokens ?? request.body.max_completion_tokens ?? 0);
  return Math.ceil(chars / 4) + budget;
}

export function rateLimited(
  limits: LlmLimits,
  answer: (r: FakeLlmRequest) => FakeLlmAnswer,
): { responder: FakeLlmResponder; stats: LlmLimitStats } {
  const burst = limits.burstSeconds ?? 5;
  const requests = new Bucket(limits.rpm / 60, Math.max(1, (limits.rpm / 60) * burst));
  const tokens = new Bucket(limits.tpm / 60, Math.max(1, (limits.tpm / 60) * burst));
  const stats: LlmLimitStats = {
    ok: 0,
    rejected: 0,
    okTimes: [],
    okTokens: [],
    rejectedTimes: [],
    tokens: 0,
  };
  const responder: FakeLlmResponder = (request) => {
    const need = estimateTokens(request);
    const waitReq = requests.take(1, false);
    const waitTok = tokens.take(need, false);
    if (waitReq > 0 || waitTok > 0) {
      stats.rejected++;
      stats.rejectedTimes.push(Date.now());
      const which = waitReq > 0 ? 'requests' : 'tokens';
      return {
        fail: {
          status: 429,
          retryAfterMs: Math.max(waitReq, waitTok),
          message: `Rate limit reached for ${which} per min (fake: ${limits.rpm} RPM, ${limits.tpm} TPM)`,
        },
      };
    }
    requests.take(1, true);
    tokens.take(need, true);
    stats.ok++;
    stats.okTimes.push(Date.now());
    stats.okTokens.push(need);
    stats.tokens += need;
    return { ...answer(request), delayMs: limits.latencyMs };
  };
  return { responder, stats };
}
