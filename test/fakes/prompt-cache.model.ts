import { createHash } from 'node:crypto';

/**
 * How the LLM fakes model provider prompt caching, so usage fields carry what the real APIs
 * would report for the same sequence of prompts:
 *
 * - OpenAI caches automatically: a prompt of at least 1024 tokens is cached; a later prompt
 *   that starts with the same tokens reads them back in 128-token steps after the first 1024
 *   (`usage.prompt_tokens_details.cached_tokens`: 0, 1024, 1152, ...). Shorter prompts never
 *   report cached tokens.
 * - Anthropic caches the prefix up to a `cache_control` breakpoint, when that prefix is at least
 *   the model's minimum cacheable length: the first call writes it
 *   (`cache_creation_input_tokens`), later ones within the TTL read it
 *   (`cache_read_input_tokens`); `input_tokens` is only what follows the breakpoint.
 *
 * Entries live for `ttlMs` after their last use (both providers: 5 minutes by default), per
 * model. Tokens are estimated as for the fakes' usage: about 4 characters per token.
 */
export const CHARS_PER_TOKEN = 4;

const DEFAULT_TTL_MS = 5 * 60_000;

/** OpenAI: minimum prompt length and cache step, in tokens. */
export const OPENAI_CACHE_MIN_TOKENS = 1024;
export const OPENAI_CACHE_STEP_TOKENS = 128;

/**
 * Anthropic's minimum cacheable prompt length by model (prefix match, longest first). A prefix
 * shorter than this is processed without caching and without error.
 */
const ANTHROPIC_MIN_TOKENS: [string, number][] = [
  ['claude-opus-4-6', 4096],
  ['claude-opus-4-5', 4096],
  ['claude-haiku-4-5', 4096],
  ['claude-sonnet-4-6', 2048],
  ['claude-3-5-haiku', 2048],
  ['claude-3-haiku', 2048],
];
const ANTHROPIC_DEFAULT_MIN_TOKENS = 1024;

export function anthropicMinCacheTokens(model: string): number {
  return (
    ANTHROPIC_MIN_TOKENS.find(([prefix]) => model.startsWith(prefix))?.[1] ??
    ANTHROPIC_DEFAULT_MIN_TOKENS
  );
}

export function estimateTokens(chars: number): number {
  return Math.ceil(chars / CHARS_PER_TOKEN);
}

export interface PromptCacheOptions {
  ttlMs?: number;
  /** Overrides the provider's minimum cacheable length (tests that use short prompts). */
  minTokens?: number;
}

/** Prefixes seen recently, by hash, with the time they were last used. */
export class PromptCache {
  private readonly seen = new Map<string, number>();
  ttlMs: number;
  minTokens?: number;

  constructor(options: PromptCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.minTokens = options.minTokens;
  }

  /** Forgets every prefix and any test override of the minimum and the TTL. */
  reset(): void {
    this.seen.clear();
    this.ttlMs = DEFAULT_TTL_MS;
    this.minTokens = undefined;
  }

  /**
   * OpenAI: tokens of `prompt` (the serialised messages) served from the cache, and the prefix
   * boundaries of this prompt remembered for later ones.
   */
  openAiCached(model: string, prompt: string, now = Date.now()): number {
    const min = this.minTokens ?? OPENAI_CACHE_MIN_TOKENS;
    const total = Math.floor(prompt.length / CHARS_PER_TOKEN);
    if (total < min) return 0;
    const boundaries: number[] = [];
    for (let tokens = min; tokens <= total; tokens += OPENAI_CACHE_STEP_TOKENS)
      boundaries.push(tokens);
    let cached = 0;
    for (const tokens of boundaries) {
      const key = this.key(model, prompt.slice(0, tokens * CHARS_PER_TOKEN));
      if (this.fresh(key, now)) cached = tokens;
      else break;
    }
    for (const tokens of boundaries)
      this.seen.set(this.key(model, prompt.slice(0, tokens * CHARS_PER_TOKEN)), now);
    this.evict(now);
    return cached;
  }

  /**
   * Anthropic: the prefix up to the last cache breakpoint, read or written, or neither when it
   * is below the model's minimum.
   */
  anthropicPrefix(
    model: string,
    prefix: string,
    now = Date.now(),
  ): { read: number; written: number } {
    const tokens = estimateTokens(prefix.length);
    if (!prefix || tokens < (this.minTokens ?? anthropicMinCacheTokens(model)))
      return { read: 0, written: 0 };
    const key = this.key(model, prefix);
    const hit = this.fresh(key, now);
    this.seen.set(key, now);
    this.evict(now);
    return hit ? { read: tokens, written: 0 } : { read: 0, written: tokens };
  }

  private fresh(key: string, now: number): boolean {
    const at = this.seen.get(key);
    return at !== undefined && now - at <= this.ttlMs;
  }

  private key(model: string, text: string): string {
    return createHash('sha256').update(model).update('\0').update(text).digest('base64url');
  }

  /** Bounded: a bench's thousands of prompts never grow the map past this. */
  private evict(now: number): void {
    if (this.seen.size < 50_000) return;
    for (const [key, at] of this.seen) if (now - at > this.ttlMs) this.seen.delete(key);
    if (this.seen.size >= 50_000) this.seen.clear();
  }
}
