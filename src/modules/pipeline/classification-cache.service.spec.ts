import { createMock } from '@golevelup/ts-vitest';
import type { Counter } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { aConfig } from '../../../test/support/builders.js';
import type { EmailForLlm } from '../llm/llm-provider.port.js';
import { LlmService } from '../llm/llm.service.js';
import { ClassificationCacheRepository } from '../persistence/repositories/classification-cache.repository.js';
import { ClassificationCacheService } from './classification-cache.service.js';
import { PipelineConfig } from './pipeline.config.js';

const EMAIL: EmailForLlm = {
  from: 'Acme <news@acme.example>',
  subject: 'Your invoice',
  body: 'Invoice 42 is attached.',
};

describe('ClassificationCacheService.keyFor', () => {
  const service = (ttlHours: number) =>
    new ClassificationCacheService(
      aConfig(PipelineConfig, { CLASSIFICATION_CACHE_TTL_HOURS: ttlHours }),
      createMock<LlmService>({ classifierId: 'openai:m#1' }),
      createMock<ClassificationCacheRepository>(),
      createMock<Counter<string>>(),
    );

  it('never shares a verdict between owners whose triage rules differ', () => {
    const cache = service(24);
    const plain = cache.keyFor(EMAIL)!;
    const sameRules = cache.keyFor(EMAIL, { triageRules: ['Invoices need a reply'] })!;
    expect(cache.keyFor(EMAIL, {})!.equals(plain)).toBe(true);
    expect(sameRules.equals(plain)).toBe(false);
    expect(cache.keyFor(EMAIL, { triageRules: ['Invoices need a reply'] })!.equals(sameRules)).toBe(
      true,
    );
    expect(cache.keyFor(EMAIL, { triageRules: ['Invoices are FYI'] })!.equals(sameRules)).toBe(
      false,
    );
    // Reply-only settings do not reach the classify prompt, so they do not split the cache.
    expect(cache.keyFor(EMAIL, { replyInstructions: 'Be brief' })!.equals(plain)).toBe(true);
  });

  it('gives no key when the cache is off', () => {
    expect(service(0).keyFor(EMAIL)).toBeNull();
  });
});
