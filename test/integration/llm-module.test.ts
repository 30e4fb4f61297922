import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { register } from 'prom-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigModule } from '../../src/core/config/config.module.js';
import { loadConfigSlices } from '../../src/core/config/load-config.js';
import { MetricsModule } from '../../src/core/metrics/metrics.module.js';
import { QueueConfig } from '../../src/core/queue/queue.config.js';
import { LlmConfig } from '../../src/modules/llm/llm.config.js';
import { LLM_FALLBACK_PROVIDER } from '../../src/modules/llm/llm.constants.js';
import { LlmModule } from '../../src/modules/llm/llm.module.js';
import { LlmService } from '../../src/modules/llm/llm.service.js';
import { LlmProvider } from '../../src/modules/llm/llm-provider.port.js';
import { AnthropicFake } from '../fakes/anthropic.fake.js';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { questionEmail } from './llm-harness.js';

/**
 * LlmModule wired by Nest with the real global ConfigModule (only the slices it reads) and
 * MetricsModule.
 */
async function boot(env: Record<string, string>): Promise<INestApplicationContext> {
  const slices = { llm: LlmConfig, queue: QueueConfig };
  @Module({})
  class Root {
    static with(): DynamicModule {
      return {
        module: Root,
        imports: [
          ConfigModule.forRoot(slices, loadConfigSlices(slices, env)),
          MetricsModule,
          LlmModule,
        ],
      };
    }
  }
  return NestFactory.createApplicationContext(Root.with(), { logger: false, abortOnError: false });
}

describe('LlmModule (Nest DI)', () => {
  const openai = new OpenAiFake();
  const claude = new AnthropicFake();
  let app: INestApplicationContext | undefined;

  beforeAll(async () => {
    await openai.start();
    await claude.start();
  });
  afterAll(async () => {
    await openai.stop();
    await claude.stop();
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    register.clear();
  });

  it('runs offline with no API key configured', async () => {
    app = await boot({});
    const llm = app.get(LlmService);

    expect(llm.providers).toEqual(['offline']);
    expect(app.get(LlmProvider).name).toBe('offline');
    expect(app.get(LLM_FALLBACK_PROVIDER)).toBeNull();
    await expect(llm.classify(questionEmail())).resolves.toMatchObject({
      category: 'needs_reply',
      model: 'offline',
    });
  });

  it('wires openai with the anthropic fallback from keys and records into the process registry', async () => {
    app = await boot({
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      ANTHROPIC_API_KEY: claude.apiKey,
      ANTHROPIC_BASE_URL: claude.baseURL,
      LLM_SDK_MAX_RETRIES: '0',
    });
    const llm = app.get(LlmService);
    openai.failNext({ status: 500 });

    const result = await llm.classify(questionEmail());

    expect(llm.providers).toEqual(['openai', 'anthropic']);
    expect(result.provider).toBe('anthropic');
    expect(llm.estimateCost(result)).toBeGreaterThan(0);
    const scrape = await register.metrics();
    expect(scrape).toMatch(
      /llm_api_calls_total\{provider="openai",model="gpt-4o-mini",status="llm_unavailable"\} 1/,
    );
    expect(scrape).toMatch(/llm_fallback_total\{from="openai",to="anthropic"\} 1/);
    expect(scrape).toMatch(/llm_circuit_state\{provider="openai"\} 0/);
  });

  it('fails at boot on a malformed LLM_PRICES_JSON', async () => {
    await expect(boot({ LLM_PRICES_JSON: '{oops' })).rejects.toThrow(
      'LLM_PRICES_JSON: not valid JSON',
    );
  });
});
