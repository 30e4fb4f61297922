import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppError, ErrorCodes } from '../../src/core/errors/app-error.js';
import { Metric } from '../../src/core/metrics/metric-names.js';
import { AnthropicFake } from '../fakes/anthropic.fake.js';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { buildLlm, metricValue, questionEmail } from './llm-harness.js';

const COOLDOWN_MS = 300;

describe('fallback chain openai → anthropic with a circuit breaker per provider', () => {
  const openai = new OpenAiFake();
  const claude = new AnthropicFake();
  // No LLM_PROVIDER / LLM_FALLBACK_PROVIDER: the defaults must pick openai with anthropic behind it.
  const env = () => ({
    OPENAI_API_KEY: openai.apiKey,
    OPENAI_BASE_URL: openai.baseURL,
    ANTHROPIC_API_KEY: claude.apiKey,
    ANTHROPIC_BASE_URL: claude.baseURL,
    LLM_BREAKER_COOLDOWN_MS: String(COOLDOWN_MS),
  });
  const circuit = (registry: Parameters<typeof metricValue>[0], provider: string) =>
    metricValue(registry, Metric.LlmCircuitState, { provider });

  beforeAll(async () => {
    await openai.start();
    await claude.start();
  });
  afterAll(async () => {
    await openai.stop();
    await claude.stop();
  });
  beforeEach(() => {
    openai.reset();
    claude.reset();
  });

  it('opens the OpenAI breaker after 3 consecutive 5xx while Claude answers, then skips OpenAI', async () => {
    const { service, registry } = buildLlm(env());
    expect(service.providers).toEqual(['openai', 'anthropic']);
    openai.failNext({ status: 500, times: 10 });

    for (let i = 0; i < 3; i++) {
      await expect(service.classify(questionEmail())).resolves.toMatchObject({
        provider: 'anthropic',
        category: 'needs_reply',
      });
    }
    expect(service.circuitState('openai')).toBe('open');
    expect(await circuit(registry, 'openai')).toBe(2);
    expect(await circuit(registry, 'anthropic')).toBe(0);

    await expect(service.classify(questionEmail())).resolves.toMatchObject({
      provider: 'anthropic',
    });
    expect(openai.requests).toHaveLength(3); // the open breaker kept the 4th call away from OpenAI
    expect(claude.requests).toHaveLength(4);
    expect(
      await metricValue(registry, Metric.LlmFallbacks, { from: 'openai', to: 'anthropic' }),
    ).toBe(4);
    expect(
      await metricValue(registry, Metric.LlmCalls, {
        provider: 'openai',
        status: 'llm_unavailable',
      }),
    ).toBe(3);
  });

  it('half-opens after the cool-down and closes again when the trial call succeeds', async () => {
    const { service, registry } = buildLlm(env());
    openai.failNext({ status: 503, times: 3 });
    for (let i = 0; i < 3; i++) await service.classify(questionEmail());
    expect(service.circuitState('openai')).toBe('open');

    await sleep(COOLDOWN_MS + 50);
    const result = await service.classify(questionEmail());

    expect(result.provider).toBe('openai');
    expect(service.circuitState('openai')).toBe('closed');
    expect(await circuit(registry, 'openai')).toBe(0);
    expect(openai.requests).toHaveLength(4);
  });

  it('re-opens when the half-open trial fails (a timeout counts as a failure)', async () => {
    const { service, registry } = buildLlm({ ...env(), LLM_TIMEOUT_MS: '400' });
    openai.failNext({ status: 502, times: 3 });
    for (let i = 0; i < 3; i++) await service.classify(questionEmail());

    await sleep(COOLDOWN_MS + 50);
    openai.reply({ text: '{"category":"spam","confidence":1,"reasoning":"x"}', delayMs: 1_500 });
    const pending = service.classify(questionEmail());
    await sleep(100);
    expect(service.circuitState('openai')).toBe('half-open'); // the trial call is in flight
    expect(await circuit(registry, 'openai')).toBe(1);
    const result = await pending;

    expect(result.provider).toBe('anthropic');
    expect(service.circuitState('openai')).toBe('open');
    expect(await circuit(registry, 'openai')).toBe(2);
  });

  it('counts only consecutive failures: a success in between resets the count', async () => {
    const { service } = buildLlm(env());
    openai.failNext({ status: 500, times: 2 });
    await service.classify(questionEmail());
    await service.classify(questionEmail());
    await service.classify(questionEmail()); // OpenAI healthy again
    openai.failNext({ status: 500, times: 2 });
    await service.classify(questionEmail());
    await service.classify(questionEmail());

    expect(service.circuitState('openai')).toBe('closed');
  });

  it('falls back when OpenAI stays unreadable after the repair re-ask; three such emails open its breaker', async () => {
    const { service } = buildLlm(env());
    openai.reply(...Array.from({ length: 6 }, () => 'no idea'));

    for (let i = 0; i < 3; i++)
      await expect(service.classify(questionEmail())).resolves.toMatchObject({
        provider: 'anthropic',
        category: 'needs_reply',
      });
    expect(openai.requests).toHaveLength(6); // each email: the question and one repair re-ask
    expect(service.circuitState('openai')).toBe('open');
    await service.classify(questionEmail());
    expect(openai.requests).toHaveLength(6);
    expect(claude.requests).toHaveLength(4);
  });

  it('surfaces a non-retryable LLM_INVALID_OUTPUT when both providers stay unreadable', async () => {
    const { service } = buildLlm(env());
    openai.reply('no idea', 'still no idea');
    claude.reply('what?', 'still what?');

    await expect(service.classify(questionEmail())).rejects.toMatchObject({
      code: ErrorCodes.LLM_INVALID_OUTPUT,
      retryable: false,
    });
    expect(claude.requests).toHaveLength(2);
  });

  it('reads a classification cut off mid-object without a repair re-ask', async () => {
    const { service } = buildLlm(env());
    openai.reply('{"category":"spam","confidence":0.95,"reasoning":"Asks to confirm the pass');

    await expect(service.classify(questionEmail())).resolves.toMatchObject({
      provider: 'openai',
      category: 'spam',
      confidence: 0.95,
    });
    expect(openai.requests).toHaveLength(1);
  });

  it('falls back when the primary key is rejected', async () => {
    const { service } = buildLlm({ ...env(), OPENAI_API_KEY: 'sk-revoked' });

    await expect(service.classify(questionEmail())).resolves.toMatchObject({
      provider: 'anthropic',
    });
  });

  it('surfaces a retryable error listing both attempts when every provider is down', async () => {
    const { service } = buildLlm(env());
    openai.failNext({ status: 500 });
    claude.failNext({ status: 529 });

    const error = (await service.classify(questionEmail()).catch((e: unknown) => e)) as AppError;

    expect(error).toBeInstanceOf(AppError);
    expect(error.retryable).toBe(true);
    expect(error.options.details?.attempts).toEqual([
      { code: ErrorCodes.LLM_UNAVAILABLE, message: 'openai: server error 500' },
      { code: ErrorCodes.LLM_UNAVAILABLE, message: 'anthropic: server error 529' },
    ]);
  });

  it('without a fallback an open breaker fails fast with LLM_CIRCUIT_OPEN and a retry-after', async () => {
    const { service } = buildLlm({
      ...env(),
      LLM_FALLBACK_PROVIDER: 'none',
      LLM_BREAKER_COOLDOWN_MS: '5000',
    });
    openai.failNext({ status: 500, times: 3 });
    for (let i = 0; i < 3; i++) await service.classify(questionEmail()).catch(() => undefined);

    const error = (await service.classify(questionEmail()).catch((e: unknown) => e)) as AppError;

    expect(error).toMatchObject({ code: ErrorCodes.LLM_CIRCUIT_OPEN, retryable: true });
    expect(error.options.retryAfterSeconds).toBeGreaterThanOrEqual(4);
    expect(openai.requests).toHaveLength(3);
  });
});
