import { describe, expect, it } from 'vitest';
import { loadConfigSlice } from '../../core/config/load-config.js';
import { selectLlmProviders } from './llm-provider.factory.js';
import { LlmConfig } from './llm.config.js';

const select = (env: Record<string, string>) => selectLlmProviders(loadConfigSlice(LlmConfig, env));

describe('selectLlmProviders', () => {
  it.each([
    ['no keys → offline, no fallback', {}, { primary: 'offline', fallback: null }],
    ['OpenAI key → openai', { OPENAI_API_KEY: 'k' }, { primary: 'openai', fallback: null }],
    [
      'Anthropic key only → anthropic',
      { ANTHROPIC_API_KEY: 'k' },
      { primary: 'anthropic', fallback: null },
    ],
    [
      'both keys → openai then anthropic',
      { OPENAI_API_KEY: 'k', ANTHROPIC_API_KEY: 'k' },
      { primary: 'openai', fallback: 'anthropic' },
    ],
    [
      'fallback none',
      { OPENAI_API_KEY: 'k', ANTHROPIC_API_KEY: 'k', LLM_FALLBACK_PROVIDER: 'none' },
      { primary: 'openai', fallback: null },
    ],
    [
      'explicit offline fallback',
      { OPENAI_API_KEY: 'k', LLM_FALLBACK_PROVIDER: 'offline' },
      { primary: 'openai', fallback: 'offline' },
    ],
    [
      'explicit provider beats keys',
      { OPENAI_API_KEY: 'k', ANTHROPIC_API_KEY: 'k', LLM_PROVIDER: 'anthropic' },
      { primary: 'anthropic', fallback: null },
    ],
    [
      'anthropic primary, openai fallback',
      {
        OPENAI_API_KEY: 'k',
        ANTHROPIC_API_KEY: 'k',
        LLM_PROVIDER: 'anthropic',
        LLM_FALLBACK_PROVIDER: 'openai',
      },
      { primary: 'anthropic', fallback: 'openai' },
    ],
    [
      'fallback equal to primary is dropped',
      { OPENAI_API_KEY: 'k', LLM_FALLBACK_PROVIDER: 'openai' },
      { primary: 'openai', fallback: null },
    ],
    [
      'offline forced despite keys',
      { OPENAI_API_KEY: 'k', LLM_PROVIDER: 'offline' },
      { primary: 'offline', fallback: null },
    ],
  ])('%s', (_name, env, expected) => {
    expect(select(env)).toEqual(expected);
  });

  it('refuses a fallback without its key', () => {
    expect(() => select({ OPENAI_API_KEY: 'k', LLM_FALLBACK_PROVIDER: 'anthropic' })).toThrow(
      'ANTHROPIC_API_KEY: required when LLM_FALLBACK_PROVIDER=anthropic',
    );
  });
});
