import { Registry } from 'prom-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Metric } from '../../src/core/metrics/metric-names.js';
import { LlmBatchService } from '../../src/modules/llm/llm-batch.service.js';
import { LlmMetrics } from '../../src/modules/llm/llm-metrics.js';
import { DEFAULT_LLM_PRICES } from '../../src/modules/llm/llm-prices.js';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { llmConfig, metricValue, questionEmail } from './llm-harness.js';

/** OpenAI's Batch API through the real SDK against the fake's /v1/files and /v1/batches. */
describe('OpenAI Batch API client (real SDK, fake server)', () => {
  const openai = new OpenAiFake();
  const build = (env: Record<string, string> = {}) => {
    const registry = new Registry();
    const service = new LlmBatchService(
      llmConfig({
        LLM_PROVIDER: 'openai',
        OPENAI_API_KEY: openai.apiKey,
        OPENAI_BASE_URL: openai.baseURL,
        OPENAI_BATCH_ENABLED: 'true',
        ...env,
      }),
      LlmMetrics.standalone(registry, DEFAULT_LLM_PRICES),
    );
    return { service, registry };
  };

  beforeAll(() => openai.start());
  afterAll(() => openai.stop());
  beforeEach(() => openai.reset());

  it('is off unless enabled with OpenAI as the primary provider', () => {
    expect(build({ OPENAI_BATCH_ENABLED: 'false' }).service.enabled).toBe(false);
    expect(build({ LLM_PROVIDER: 'offline' }).service.enabled).toBe(false);
    expect(build().service.enabled).toBe(true);
  });

  it('submits a JSONL file, polls until done and maps every answer back by custom_id at half price', async () => {
    const { service, registry } = build();
    const emails = {
      'task-a': questionEmail(),
      'task-b': questionEmail({ subject: 'Invoice 42', body: 'Your invoice is attached.' }),
    };
    openai.reply(
      '{"category":"needs_reply","confidence":0.9,"reasoning":"a question"}',
      'not json at all',
    );

    const batchId = await service.submit(
      Object.entries(emails).map(([customId, email]) => ({
        customId,
        body: service.classifyRequest(email),
      })),
      'submission-1',
    );

    expect(await service.find('submission-1')).toBe(batchId);
    expect(await service.find('submission-2')).toBeUndefined();
    const [created] = openai.batchApi.created;
    expect(created).toMatchObject({
      endpoint: '/v1/chat/completions',
      completion_window: '24h',
      metadata: { submission: 'submission-1' },
    });
    // The line is exactly what a live classification sends: same model, prompt and format.
    const input = openai.batchApi.files.get(created.input_file_id)!;
    const line = JSON.parse(input.content.split('\n')[0]) as { body: Record<string, unknown> };
    expect(line.body).toEqual(service.classifyRequest(emails['task-a']));
    expect(line.body.response_format).toMatchObject({ type: 'json_schema' });

    expect(await service.poll(batchId)).toEqual({ state: 'running', answers: [] });
    const done = await service.poll(batchId);

    expect(done.state).toBe('completed');
    expect(done.answers.map((a) => a.customId).sort()).toEqual(['task-a', 'task-b']);
    const a = done.answers.find((x) => x.customId === 'task-a')!;
    const b = done.answers.find((x) => x.customId === 'task-b')!;
    if (!('completion' in a) || !('completion' in b)) throw new Error('expected completions');
    const classification = service.readClassification(a.completion);
    expect(classification).toMatchObject({ category: 'needs_reply', confidence: 0.9 });
    expect(service.readClassification(b.completion)).toBeNull();
    // Half of gpt-4o-mini's live price, in the series as in the estimate.
    const usage = a.completion.usage;
    const live = (usage.promptTokens * 0.15 + usage.completionTokens * 0.6) / 1e6;
    expect(service.estimateCost(classification!)).toBeCloseTo(live / 2, 12);
    const cost = await metricValue(registry, Metric.LlmCost, {
      provider: 'openai',
      model: 'gpt-4o-mini',
      stage: 'classify',
    });
    const both = b.completion.usage;
    expect(cost).toBeCloseTo(
      (live + (both.promptTokens * 0.15 + both.completionTokens * 0.6) / 1e6) / 2,
      12,
    );
    // Files hold email text: none is left at the provider once the answers are recorded.
    await service.deleteFiles(batchId);
    expect(openai.batchApi.files.size).toBe(0);
    expect(openai.requests.every((r) => r.batch)).toBe(true);
  });

  it('reports a failed line as an error and an expired batch without answers', async () => {
    const { service } = build();
    openai.failNext({ status: 500 });
    const first = await service.submit(
      [{ customId: 't1', body: service.classifyRequest(questionEmail()) }],
      's1',
    );
    await service.poll(first);
    expect((await service.poll(first)).answers).toEqual([{ customId: 't1', error: 'http_500' }]);

    openai.batchApi.outcome = 'expired';
    const second = await service.submit(
      [{ customId: 't2', body: service.classifyRequest(questionEmail()) }],
      's2',
    );
    await service.poll(second);
    expect(await service.poll(second)).toEqual({ state: 'expired', answers: [] });
  });
});
