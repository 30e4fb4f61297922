import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError, ErrorCodes } from '../../src/core/errors/app-error.js';
import { Metric } from '../../src/core/metrics/metric-names.js';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { buildLlm, metricValue, questionEmail, replyContext } from './llm-harness.js';

const VALID =
  '{"category":"needs_reply","confidence":0.82,"reasoning":"Customer asks two questions."}';

describe('OpenAI provider through the real SDK against the fake', () => {
  const openai = new OpenAiFake();
  const env = () => ({
    LLM_PROVIDER: 'openai',
    OPENAI_API_KEY: openai.apiKey,
    OPENAI_BASE_URL: openai.baseURL,
    LLM_FALLBACK_PROVIDER: 'none',
  });

  beforeAll(() => openai.start());
  afterAll(() => openai.stop());
  beforeEach(() => openai.reset());

  it('classifies with structured outputs, config sampling params and a delimited prompt', async () => {
    const { service } = buildLlm(env());
    const result = await service.classify(questionEmail());

    expect(result).toMatchObject({
      category: 'needs_reply',
      provider: 'openai',
      model: 'gpt-4o-mini',
    });
    expect(result.confidence).toBeGreaterThan(0.6);
    expect(openai.requests).toHaveLength(1);
    const [request] = openai.requests;
    expect(request.body).toMatchObject({
      model: 'gpt-4o-mini',
      temperature: 0.3,
      max_tokens: 500,
      response_format: {
        type: 'json_schema',
        json_schema: { name: 'email_classification', strict: true },
      },
    });
    expect(request.system).toMatch(/untrusted data/);
    expect(request.userText).toMatch(
      /<email>\nFrom: Ana Ruiz[\s\S]*Could you tell me when our contract renews\?[\s\S]*<\/email>/,
    );
    expect(result.usage.promptTokens).toBeGreaterThan(0);
    expect(result.usage.completionTokens).toBeGreaterThan(0);
  });

  it('reads JSON wrapped in code fences or prose, with other casing, without a repair call', async () => {
    const { service } = buildLlm(env());
    openai.reply('```json\n{"category": "spam", "confidence": 0.91, "reasoning": "phishing"}\n```');
    openai.reply(
      'Sure! Here is my answer:\n{"Category": "Informational", "Confidence": "70%"}\nHope that helps.',
    );

    const fenced = await service.classify(questionEmail());
    const prose = await service.classify(questionEmail());

    expect(fenced).toMatchObject({ category: 'spam', confidence: 0.91, reasoning: 'phishing' });
    expect(prose).toMatchObject({ category: 'informational', confidence: 0.7 });
    expect(openai.requests).toHaveLength(2);
  });

  it('repairs an unreadable answer once and counts the tokens of both calls', async () => {
    const { service, registry } = buildLlm(env());
    openai.reply({
      text: 'This email looks like it needs an answer.',
      promptTokens: 400,
      completionTokens: 12,
    });
    openai.reply({ text: VALID, promptTokens: 450, completionTokens: 20 });

    const result = await service.classify(questionEmail());

    expect(result).toMatchObject({
      category: 'needs_reply',
      confidence: 0.82,
      usage: { promptTokens: 850, completionTokens: 32 },
    });
    expect(openai.requests).toHaveLength(2);
    const repair = openai.requests[1].messages;
    expect(repair.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(repair[1].content).toBe('This email looks like it needs an answer.');
    expect(repair[2].content).toMatch(/could not be used: no JSON object found/);
    expect(
      await metricValue(registry, Metric.LlmTokens, { provider: 'openai', kind: 'prompt' }),
    ).toBe(850);
    expect(await metricValue(registry, Metric.LlmCalls, { provider: 'openai', status: 'ok' })).toBe(
      2,
    );
  });

  it('fails non-retryably with LLM_INVALID_OUTPUT and the raw answer after one failed repair', async () => {
    const { service } = buildLlm(env());
    openai.reply('I cannot decide.', '{"category": "urgent", "confidence": 2}');

    const error = await service.classify(questionEmail()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: ErrorCodes.LLM_INVALID_OUTPUT, retryable: false });
    expect((error as AppError).options.details).toMatchObject({
      raw: '{"category": "urgent", "confidence": 2}',
      firstRaw: 'I cannot decide.',
      usage: { promptTokens: expect.any(Number), completionTokens: expect.any(Number) },
    });
    expect(openai.requests).toHaveLength(2);
  });

  it('times out after LLM_TIMEOUT_MS with a retryable LLM_TIMEOUT', async () => {
    const { service } = buildLlm({ ...env(), LLM_TIMEOUT_MS: '300' });
    openai.reply({ text: VALID, delayMs: 2_000 });

    const started = Date.now();
    const error = await service.classify(questionEmail()).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: ErrorCodes.LLM_TIMEOUT, retryable: true });
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('maps 429 to a retryable LLM_RATE_LIMITED carrying Retry-After', async () => {
    const { service } = buildLlm(env());
    openai.failNext({ status: 429, retryAfter: 7 });

    const error = await service.classify(questionEmail()).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: ErrorCodes.LLM_RATE_LIMITED, retryable: true });
    expect((error as AppError).options.retryAfterSeconds).toBe(7);
  });

  it('maps a dropped connection to a retryable LLM_UNAVAILABLE', async () => {
    const { service } = buildLlm(env());
    openai.failNext({ status: 0, dropConnection: true });

    await expect(service.classify(questionEmail())).rejects.toMatchObject({
      code: ErrorCodes.LLM_UNAVAILABLE,
      retryable: true,
    });
  });

  it('lets the SDK retry once when LLM_SDK_MAX_RETRIES=1', async () => {
    const { service } = buildLlm({ ...env(), LLM_SDK_MAX_RETRIES: '1' });
    openai.failNext({ status: 500, retryAfterMs: 10 });

    const result = await service.classify(questionEmail());

    expect(result.category).toBe('needs_reply');
    expect(openai.requests.map((r) => r.status)).toEqual([500, 200]);
  });

  it('rejects a bad key non-retryably', async () => {
    const { service } = buildLlm({ ...env(), OPENAI_API_KEY: 'sk-wrong' });

    const error = await service.classify(questionEmail()).catch((e: unknown) => e);

    expect(error).toMatchObject({
      code: ErrorCodes.LLM_BAD_REQUEST,
      retryable: false,
      status: 401,
    });
  });

  it('records tokens, cost, calls and latency per provider and model', async () => {
    const { service, registry } = buildLlm(env());
    openai.reply({ text: VALID, promptTokens: 1_000, completionTokens: 200 });

    const result = await service.classify(questionEmail());

    expect(result.usage).toEqual({ promptTokens: 1_000, completionTokens: 200 });
    const labels = { provider: 'openai', model: 'gpt-4o-mini' };
    expect(await metricValue(registry, Metric.LlmTokens, { ...labels, kind: 'prompt' })).toBe(
      1_000,
    );
    expect(await metricValue(registry, Metric.LlmTokens, { ...labels, kind: 'completion' })).toBe(
      200,
    );
    // gpt-4o-mini: $0.15 / 1M prompt, $0.60 / 1M completion
    expect(await metricValue(registry, Metric.LlmCost, labels)).toBeCloseTo(0.00027, 8);
    expect(await metricValue(registry, Metric.LlmCalls, { ...labels, status: 'ok' })).toBe(1);
    expect(await metricValue(registry, `${Metric.LlmLatency}_count`, labels)).toBe(1);
  });

  it('reads cached prompt tokens back for a repeated 1024+ token prefix and prices them at the cached rate', async () => {
    const { service, registry } = buildLlm(env());
    // Long enough that the whole prompt passes OpenAI's 1024-token caching minimum.
    const long = questionEmail({ body: 'Please review the attached terms. '.repeat(200) });

    const first = await service.classify(long);
    const second = await service.classify(long);
    const other = await service.classify(questionEmail());

    expect(first.usage.cachedPromptTokens).toBeUndefined();
    // 1024 tokens and then whole 128-token steps of the repeated prefix.
    const cached = second.usage.cachedPromptTokens ?? 0;
    expect(cached).toBeGreaterThanOrEqual(1_024);
    expect((cached - 1_024) % 128).toBe(0);
    expect(cached).toBeLessThanOrEqual(second.usage.promptTokens);
    // A short email shares only the static instructions, below the minimum: nothing cached.
    expect(other.usage.cachedPromptTokens).toBeUndefined();
    const labels = { provider: 'openai', model: 'gpt-4o-mini', stage: 'classify' };
    expect(
      await metricValue(registry, Metric.LlmPromptCacheTokens, { ...labels, kind: 'read' }),
    ).toBe(cached);
    expect(service.estimateCost(second)).toBeLessThan(service.estimateCost(first));
    expect(service.estimateCost(second)).toBeCloseTo(
      ((second.usage.promptTokens - cached) * 0.15 +
        cached * 0.075 +
        second.usage.completionTokens * 0.6) /
        1e6,
      12,
    );
  });

  it('cleans a generated reply: no header lines, no foreign links, within the word budget', async () => {
    const { service } = buildLlm(env());
    openai.reply({
      text: 'Subject: Re: Question about the renewal\n\nHi Ana,\n\nYour contract renews on 1 March. Pay here: https://evil.example.com/pay?ref=42\n\nBest regards,\nAlex',
      promptTokens: 300,
      completionTokens: 40,
    });

    const reply = await service.generateReply(replyContext());

    expect(reply.text).toBe(
      'Hi Ana,\n\nYour contract renews on 1 March. Pay here: [link removed]\n\nBest regards,\nAlex',
    );
    expect(reply).toMatchObject({
      provider: 'openai',
      model: 'gpt-4o-mini',
      usage: { promptTokens: 300, completionTokens: 40 },
    });
    expect(openai.requests[0].body.response_format).toBeUndefined();
    expect(openai.requests[0].system).toMatch(/on behalf of Alex Example/);
  });

  it('drops response_format for good when a compatible server rejects it', async () => {
    const { service } = buildLlm(env());
    openai.respondWith((request) =>
      request.body.response_format
        ? { fail: { status: 400, message: "'response_format.type' must be 'text'" } }
        : { text: VALID },
    );

    await expect(service.classify(questionEmail())).resolves.toMatchObject({
      category: 'needs_reply',
    });
    await expect(service.classify(questionEmail())).resolves.toMatchObject({
      category: 'needs_reply',
    });

    expect(openai.requests.map((r) => [r.status, r.body.response_format === undefined])).toEqual([
      [400, false],
      [200, true],
      [200, true],
    ]);
  });
});
