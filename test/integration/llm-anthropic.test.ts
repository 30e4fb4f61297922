import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCodes } from '../../src/core/errors/app-error.js';
import { Metric } from '../../src/core/metrics/metric-names.js';
import { AnthropicFake } from '../fakes/anthropic.fake.js';
import { buildLlm, metricValue, questionEmail, replyContext } from './llm-harness.js';

describe('Anthropic provider through the real SDK against the fake', () => {
  const claude = new AnthropicFake();
  const env = () => ({
    LLM_PROVIDER: 'anthropic',
    ANTHROPIC_API_KEY: claude.apiKey,
    ANTHROPIC_BASE_URL: claude.baseURL,
    ANTHROPIC_MODEL: 'claude-haiku-4-5',
  });

  beforeAll(() => claude.start());
  afterAll(() => claude.stop());
  beforeEach(() => claude.reset());

  it('classifies via /v1/messages with the system prompt on top and counts input/output tokens', async () => {
    const { service, registry } = buildLlm(env());
    claude.reply({
      text: 'Here you go:\n{"category":"needs_reply","confidence":0.8,"reasoning":"asks a question"}',
      promptTokens: 900,
      completionTokens: 30,
    });

    const result = await service.classify(questionEmail());

    expect(result).toEqual({
      category: 'needs_reply',
      confidence: 0.8,
      reasoning: 'asks a question',
      provider: 'anthropic',
      model: 'claude-haiku-4-5',
      usage: { promptTokens: 900, completionTokens: 30 },
    });
    const [request] = claude.requests;
    expect(request.path).toBe('/v1/messages');
    expect(request.headers['anthropic-version']).toBeTruthy();
    expect(request.headers.authorization ?? request.headers['x-api-key']).toContain(claude.apiKey);
    expect(request.body).toMatchObject({ model: 'claude-haiku-4-5', max_tokens: 500 });
    expect(request.body.output_config).toBeUndefined();
    expect(request.system).toMatch(/Classify the email into exactly one category/);
    expect(request.messages).toEqual([
      { role: 'user', content: expect.stringContaining('<email>') },
    ]);
    // claude-haiku-4-5: $1 / 1M input, $5 / 1M output
    expect(
      await metricValue(registry, Metric.LlmCost, {
        provider: 'anthropic',
        model: 'claude-haiku-4-5',
      }),
    ).toBeCloseTo(0.00105, 8);
  });

  it('asks for structured output only when ANTHROPIC_STRUCTURED_OUTPUT is on', async () => {
    const { service } = buildLlm({ ...env(), ANTHROPIC_STRUCTURED_OUTPUT: 'true' });

    await service.classify(questionEmail());

    expect(claude.requests[0].body.output_config).toMatchObject({
      format: {
        type: 'json_schema',
        schema: { required: ['category', 'confidence', 'reasoning'] },
      },
    });
  });

  it('answers with the default responder when nothing is scripted (what e2e tests rely on)', async () => {
    const { service } = buildLlm(env());

    const spam = await service.classify({
      from: '"PayPal Security" <alert@paypa1-secure.xyz>',
      subject: 'Your account has been suspended',
      body: 'Dear customer, unusual activity was detected. Click here to verify your account within 24 hours: http://bit.ly/x',
    });
    const reply = await service.generateReply(replyContext());

    expect(spam.category).toBe('spam');
    expect(reply.text).toMatch(/^Hi Ana,/);
    expect(reply.text).toContain('Could you tell me when our contract renews?');
    expect(reply.text).toMatch(/Alex Example$/);
  });

  it('maps 529 overloaded to a retryable LLM_UNAVAILABLE', async () => {
    const { service } = buildLlm(env());
    claude.failNext({ status: 529, message: 'Overloaded' });

    await expect(service.classify(questionEmail())).rejects.toMatchObject({
      code: ErrorCodes.LLM_UNAVAILABLE,
      retryable: true,
    });
    expect(claude.requests[0].status).toBe(529);
  });

  it('times out a slow answer', async () => {
    const { service } = buildLlm({ ...env(), LLM_TIMEOUT_MS: '250' });
    claude.reply({ text: 'late', delayMs: 2_000 });

    await expect(service.generateReply(replyContext())).rejects.toMatchObject({
      code: ErrorCodes.LLM_TIMEOUT,
      retryable: true,
    });
  });

  it('accepts the key as x-api-key as well (older SDKs) and rejects a wrong one', async () => {
    const ok = await fetch(`${claude.baseURL}/v1/messages`, {
      method: 'POST',
      headers: {
        'x-api-key': claude.apiKey,
        'anthropic-version': '2023-06-01',
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        model: 'claude-haiku-4-5',
        max_tokens: 20,
        messages: [{ role: 'user', content: 'Classify this email.' }],
      }),
    });
    const bad = await fetch(`${claude.baseURL}/v1/messages`, {
      method: 'POST',
      headers: { 'x-api-key': 'nope' },
      body: '{}',
    });

    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      type: 'message',
      content: [{ type: 'text' }],
      stop_reason: 'end_turn',
    });
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({
      type: 'error',
      error: { type: 'authentication_error' },
    });
  });

  it('marks the static instructions as the cache breakpoint and sends the mailbox part after it', async () => {
    const { service } = buildLlm(env());

    const reply = await service.generateReply(replyContext());

    const system = claude.requests[0].body.system as {
      text: string;
      cache_control?: { type: string };
    }[];
    expect(system).toHaveLength(2);
    expect(system[0].cache_control).toEqual({ type: 'ephemeral' });
    expect(system[0].text).not.toMatch(/Alex Example/);
    expect(system[1].cache_control).toBeUndefined();
    expect(system[1].text).toMatch(/on behalf of Alex Example\./);
    // The instructions are far below claude-haiku-4-5's 4096-token minimum: nothing cached.
    expect(reply.usage.cachedPromptTokens).toBeUndefined();
    expect(reply.usage.cacheWriteTokens).toBeUndefined();
  });

  it('writes the prefix once, reads it on later calls and prices both at Anthropic cache rates', async () => {
    const { service, registry } = buildLlm({ ...env(), ANTHROPIC_MODEL: 'claude-sonnet-4-5' });
    // Lets the short instructions reach the cache, as a long static prefix would.
    claude.promptCache.minTokens = 64;

    const first = await service.classify(questionEmail());
    const second = await service.classify(questionEmail({ subject: 'Another question' }));

    const prefix = first.usage.cacheWriteTokens ?? 0;
    expect(prefix).toBeGreaterThan(64);
    expect(first.usage.cachedPromptTokens).toBeUndefined();
    expect(second.usage).toMatchObject({ cachedPromptTokens: prefix });
    expect(second.usage.cacheWriteTokens).toBeUndefined();
    // promptTokens stays the whole input: cache reads + writes + input_tokens.
    expect(second.usage.promptTokens).toBeGreaterThan(prefix);
    const labels = { provider: 'anthropic', model: 'claude-sonnet-4-5', stage: 'classify' };
    expect(
      await metricValue(registry, Metric.LlmPromptCacheTokens, { ...labels, kind: 'write' }),
    ).toBe(prefix);
    expect(
      await metricValue(registry, Metric.LlmPromptCacheTokens, { ...labels, kind: 'read' }),
    ).toBe(prefix);
    // claude-sonnet-4-5: $3 input, $3.75 cache write, $0.30 cache read, $15 output per 1M.
    const fresh = second.usage.promptTokens - prefix;
    expect(service.estimateCost(second)).toBeCloseTo(
      (fresh * 3 + prefix * 0.3 + second.usage.completionTokens * 15) / 1e6,
      12,
    );
    expect(service.estimateCost(first)).toBeGreaterThan(service.estimateCost(second));
  });
});
