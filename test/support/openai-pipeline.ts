import { afterAll, beforeAll, beforeEach } from 'vitest';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { PipelineRig } from './pipeline-rig.js';

/**
 * The whole pipeline with OpenAI alone (no fallback, no SDK retries) through its real SDK
 * against a fake that records every prompt; registers the suite's start, stop and per-test
 * reset of the fake. `env` adds to or overrides the app's settings.
 */
export function openAiPipeline(env: Record<string, string> = {}): {
  rig: PipelineRig;
  openai: OpenAiFake;
} {
  const rig = new PipelineRig();
  const openai = new OpenAiFake();
  beforeAll(async () => {
    await openai.start();
    await rig.start({
      LLM_PROVIDER: 'openai',
      LLM_FALLBACK_PROVIDER: 'none',
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      LLM_SDK_MAX_RETRIES: '0',
      ...env,
    });
  });
  afterAll(async () => {
    await rig.stop();
    await openai.stop();
  });
  beforeEach(() => openai.reset());
  return { rig, openai };
}
