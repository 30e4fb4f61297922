import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../src/core/errors/app-error.js';
import { LLM_MAX_RESPONSE_BYTES } from '../../src/core/net/sdk-fetch.js';
import { AnthropicFake } from '../fakes/anthropic.fake.js';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { ForwardProxy, setEnv } from '../support/forward-proxy.js';
import { buildLlm, questionEmail } from './llm-harness.js';

const VALID = '{"category":"needs_reply","confidence":0.9,"reasoning":"asks a question"}';

// The LLM SDKs' dispatcher (core/net/sdk-fetch.ts) reads HTTP(S)_PROXY and NO_PROXY when a
// provider is built; the fakes listen on http://, so HTTP_PROXY applies.
describe('LLM SDK transport: HTTP(S)_PROXY and the response cap', () => {
  const openai = new OpenAiFake();
  const claude = new AnthropicFake();
  const proxy = new ForwardProxy();
  let restoreEnv = () => {};

  const classifyWith = (provider: 'openai' | 'anthropic') =>
    buildLlm({
      LLM_PROVIDER: provider,
      LLM_FALLBACK_PROVIDER: 'none',
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      ANTHROPIC_API_KEY: claude.apiKey,
      ANTHROPIC_BASE_URL: claude.baseURL,
    }).service.classify(questionEmail());

  beforeAll(async () => {
    await Promise.all([openai.start(), claude.start(), proxy.start()]);
    restoreEnv = setEnv({ HTTP_PROXY: proxy.url, NO_PROXY: undefined });
  });
  afterAll(async () => {
    restoreEnv();
    await Promise.all([openai.stop(), claude.stop(), proxy.stop()]);
  });
  beforeEach(() => {
    proxy.reset();
    for (const fake of [openai, claude]) {
      fake.reset();
      fake.respondWith(() => ({ text: VALID }));
    }
  });

  it.each([
    ['openai', openai],
    ['anthropic', claude],
  ] as const)('sends %s calls through the proxy', async (provider, fake) => {
    expect((await classifyWith(provider)).category).toBe('needs_reply');
    expect(fake.requests).toHaveLength(1);
    expect(proxy.targets).toContain(new URL(fake.baseURL).host);
  });

  it('goes direct for a host in NO_PROXY', async () => {
    const restore = setEnv({ NO_PROXY: '127.0.0.1' });
    try {
      expect((await classifyWith('openai')).category).toBe('needs_reply');
      expect(openai.requests).toHaveLength(1);
      expect(proxy.targets).toEqual([]);
    } finally {
      restore();
    }
  });

  it('refuses an answer larger than the response cap instead of buffering it', async () => {
    openai.respondWith(() => ({ text: 'x'.repeat(LLM_MAX_RESPONSE_BYTES + 1024) }));
    // Direct (as through a CONNECT tunnel; a plain-http target forwarded by a proxy is not capped).
    const restore = setEnv({ HTTP_PROXY: undefined });
    const error = await classifyWith('openai')
      .then(
        () => undefined,
        (e: unknown) => e,
      )
      .finally(restore);
    expect(error).toMatchObject({ code: ErrorCodes.LLM_UNAVAILABLE });
    expect(causeCodes(error)).toContain('UND_ERR_RES_EXCEEDED_MAX_SIZE');
  });
});

/** `code` of the error and of each error in its cause chain. */
function causeCodes(error: unknown): unknown[] {
  const codes: unknown[] = [];
  for (let e = error; e instanceof Error; e = e.cause) codes.push((e as { code?: unknown }).code);
  return codes;
}
