import { Registry } from 'prom-client';
import { Logger } from '@nestjs/common';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfigSlice } from '../../core/config/load-config.js';
import { AppError, ErrorCodes } from '../../core/errors/app-error.js';
import { LlmService } from './llm.service.js';
import { LlmConfig } from './llm.config.js';
import { LlmMetrics } from './llm-metrics.js';
import { Classification, EmailForLlm, GeneratedReply, LlmProvider } from './llm-provider.port.js';

type Step = 'ok' | AppError | Error;

/** Provider that plays a script of outcomes, one per call. */
class ScriptedProvider extends LlmProvider {
  calls = 0;
  constructor(
    readonly name: string,
    private readonly script: Step[],
  ) {
    super();
  }
  async classify(): Promise<Classification> {
    const step = this.script[Math.min(this.calls++, this.script.length - 1)];
    if (step !== 'ok') throw step;
    return {
      category: 'needs_reply',
      confidence: 0.9,
      reasoning: '',
      model: 'm',
      provider: this.name,
      usage: { promptTokens: 1, completionTokens: 1 },
    };
  }
  async generateReply(): Promise<GeneratedReply> {
    throw new Error('not used');
  }
}

const unavailable = () =>
  new AppError(ErrorCodes.LLM_UNAVAILABLE, 'down', { retryable: true, status: 503 });
const invalid = () =>
  new AppError(ErrorCodes.LLM_INVALID_OUTPUT, 'garbage', {
    retryable: false,
    details: { raw: 'x' },
  });
const badRequest = () =>
  new AppError(ErrorCodes.LLM_BAD_REQUEST, 'rejected', { retryable: false, status: 400 });
const email: EmailForLlm = { from: 'a@b.example.com', subject: 's', body: 'b' };

function service(
  primary: LlmProvider,
  fallback: LlmProvider | null,
  env: Record<string, string> = {},
) {
  const registry = new Registry();
  const config = loadConfigSlice(LlmConfig, {
    LLM_BREAKER_THRESHOLD: '2',
    LLM_BREAKER_COOLDOWN_MS: '60000',
    ...env,
  });
  return {
    llm: new LlmService(primary, fallback, config, LlmMetrics.standalone(registry)),
    registry,
  };
}

describe('LlmService', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('uses LLM_BREAKER_THRESHOLD consecutive availability failures to open the breaker', async () => {
    const primary = new ScriptedProvider('p', [unavailable()]);
    const { llm } = service(primary, null);

    await expect(llm.classify(email)).rejects.toMatchObject({ code: ErrorCodes.LLM_UNAVAILABLE });
    expect(llm.circuitState('p')).toBe('closed');
    await expect(llm.classify(email)).rejects.toMatchObject({ code: ErrorCodes.LLM_UNAVAILABLE });
    expect(llm.circuitState('p')).toBe('open');
    await expect(llm.classify(email)).rejects.toMatchObject({
      code: ErrorCodes.LLM_CIRCUIT_OPEN,
      retryable: true,
      options: { retryAfterSeconds: 60 },
    });
    expect(primary.calls).toBe(2);
  });

  it('passes a rejected request straight through: no fallback, no breaker count', async () => {
    const primary = new ScriptedProvider('p', [badRequest()]);
    const fallback = new ScriptedProvider('f', ['ok']);
    const { llm } = service(primary, fallback);

    for (let i = 0; i < 3; i++)
      await expect(llm.classify(email)).rejects.toMatchObject({
        code: ErrorCodes.LLM_BAD_REQUEST,
        retryable: false,
      });
    expect(fallback.calls).toBe(0);
    expect(llm.circuitState('p')).toBe('closed');
  });

  it('falls back on unreadable output, and a provider that keeps giving it opens its breaker', async () => {
    const primary = new ScriptedProvider('p', [invalid()]);
    const fallback = new ScriptedProvider('f', ['ok']);
    const { llm } = service(primary, fallback);

    for (let i = 0; i < 3; i++)
      await expect(llm.classify(email)).resolves.toMatchObject({ provider: 'f' });
    expect(llm.circuitState('p')).toBe('open');
    expect(primary.calls).toBe(2); // the open breaker kept the third email away from it
    expect(fallback.calls).toBe(3);
  });

  it('an unreadable answer between readable ones does not open the breaker', async () => {
    const primary = new ScriptedProvider('p', [invalid(), 'ok', invalid(), 'ok']);
    const { llm } = service(primary, new ScriptedProvider('f', ['ok']));

    for (let i = 0; i < 4; i++) await llm.classify(email);
    expect(llm.circuitState('p')).toBe('closed');
  });

  it('wraps unexpected exceptions as non-retryable internal errors without falling back', async () => {
    const { llm } = service(
      new ScriptedProvider('p', [new TypeError('boom')]),
      new ScriptedProvider('f', ['ok']),
    );

    await expect(llm.classify(email)).rejects.toMatchObject({
      code: ErrorCodes.INTERNAL,
      retryable: false,
      message: 'p: boom',
    });
  });

  it('stays retryable when the primary failed transiently and the fallback permanently', async () => {
    const { llm } = service(
      new ScriptedProvider('p', [unavailable()]),
      new ScriptedProvider('f', [invalid()]),
    );

    const error = (await llm.classify(email).catch((e: unknown) => e)) as AppError;

    expect(error).toMatchObject({ code: ErrorCodes.LLM_UNAVAILABLE, retryable: true });
    expect(error.options.details?.attempts).toEqual([
      { code: ErrorCodes.LLM_UNAVAILABLE, message: 'down' },
      { code: ErrorCodes.LLM_INVALID_OUTPUT, message: 'garbage' },
    ]);
  });

  it('counts answers by the fallback and exports breaker state per provider', async () => {
    const { llm, registry } = service(
      new ScriptedProvider('p', [unavailable()]),
      new ScriptedProvider('f', ['ok']),
    );

    for (let i = 0; i < 3; i++)
      await expect(llm.classify(email)).resolves.toMatchObject({ provider: 'f' });

    const metrics = await registry.getMetricsAsJSON();
    const values = (name: string) => metrics.find((m) => m.name === name)!.values;
    expect(values('llm_fallback_total')).toEqual([{ labels: { from: 'p', to: 'f' }, value: 3 }]);
    expect(values('llm_circuit_state')).toEqual([
      { labels: { provider: 'p' }, value: 2 },
      { labels: { provider: 'f' }, value: 0 },
    ]);
    expect(llm.providers).toEqual(['p', 'f']);
  });
});
