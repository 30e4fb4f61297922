import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AnthropicFake } from '../fakes/anthropic.fake.js';
import { rateLimited } from '../fakes/llm-rate-limits.js';
import type { FakeLlmAnswer } from '../fakes/llm-fake.server.js';
import { OpenAiFake, openAiDuration } from '../fakes/openai.fake.js';

const ok = (): FakeLlmAnswer => ({ text: 'fine' });

/**
 * The LLM fakes' rate limits as the real SDKs see them: each vendor's rate-limit headers on
 * every answer, and a 429 with the Retry-After the SDK reads, once a bucket is empty.
 */
describe('LLM fakes behind RPM/TPM limits (real SDKs)', () => {
  const openai = new OpenAiFake();
  const claude = new AnthropicFake();
  beforeAll(() => Promise.all([openai.start(), claude.start()]));
  afterAll(() => Promise.all([openai.stop(), claude.stop()]));

  it('OpenAI: x-ratelimit-* on every answer, then a 429 with retry-after-ms', async () => {
    // 60 RPM with one second of burst: one call, then the bucket is empty for about a second.
    const { responder, stats } = rateLimited(
      { rpm: 60, tpm: 600_000, latencyMs: 0, burstSeconds: 1 },
      ok,
    );
    openai.respondWith(responder);
    const client = new OpenAI({ apiKey: openai.apiKey, baseURL: openai.baseURL, maxRetries: 0 });
    const ask = () =>
      client.chat.completions
        .create({
          model: 'gpt-4o-mini',
          max_tokens: 100,
          messages: [{ role: 'user', content: 'hi' }],
        })
        .withResponse();
    const { response } = await ask();
    expect(response.headers.get('x-ratelimit-limit-requests')).toBe('60');
    expect(response.headers.get('x-ratelimit-remaining-requests')).toBe('0');
    expect(response.headers.get('x-ratelimit-limit-tokens')).toBe('600000');
    expect(Number(response.headers.get('x-ratelimit-remaining-tokens'))).toBeLessThan(10_000);
    expect(response.headers.get('x-ratelimit-reset-requests')).toMatch(/^\d+ms$|^[\d.]+s$/);
    const refused = await ask().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(OpenAI.RateLimitError);
    const headers = (refused as InstanceType<typeof OpenAI.RateLimitError>).headers;
    expect(Number(headers?.get('retry-after-ms'))).toBeGreaterThan(500);
    expect(Number(headers?.get('retry-after-ms'))).toBeLessThanOrEqual(1_000);
    expect(headers?.get('retry-after')).toBe('1');
    expect(stats).toMatchObject({ ok: 1, rejected: 1 });
  });

  it('Anthropic: anthropic-ratelimit-* (requests, input and output tokens) and retry-after', async () => {
    const { responder } = rateLimited(
      { rpm: 1_000, tpm: 0, inputTpm: 60_000, outputTpm: 6_000, latencyMs: 0, burstSeconds: 1 },
      ok,
    );
    claude.respondWith(responder);
    const client = new Anthropic({ apiKey: claude.apiKey, baseURL: claude.baseURL, maxRetries: 0 });
    // 100 output tokens a second: a call reserving 80 leaves room for none like it.
    const ask = () =>
      client.messages
        .create({
          model: 'claude-sonnet-4-6',
          max_tokens: 80,
          messages: [{ role: 'user', content: 'hi' }],
        })
        .withResponse();
    const { response } = await ask();
    expect(response.headers.get('anthropic-ratelimit-requests-limit')).toBe('1000');
    expect(response.headers.get('anthropic-ratelimit-input-tokens-limit')).toBe('60000');
    expect(response.headers.get('anthropic-ratelimit-output-tokens-remaining')).toBe('20');
    const reset = Date.parse(response.headers.get('anthropic-ratelimit-output-tokens-reset') ?? '');
    expect(reset).toBeGreaterThan(Date.now());
    expect(response.headers.get('anthropic-ratelimit-tokens-limit')).toBeNull();
    const refused = await ask().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Anthropic.RateLimitError);
    const headers = (refused as InstanceType<typeof Anthropic.RateLimitError>).headers;
    expect(headers?.get('retry-after')).toBe('1');
    expect(headers?.get('retry-after-ms')).toBeNull();
  });

  it('formats OpenAI reset durations as Go does', () => {
    expect(openAiDuration(12)).toBe('12ms');
    expect(openAiDuration(1_500)).toBe('1.5s');
    expect(openAiDuration(360_000)).toBe('6m0s');
  });
});
