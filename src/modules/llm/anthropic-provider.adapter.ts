import Anthropic from '@anthropic-ai/sdk';
import type { LlmRateLimiter } from './llm-rate-limiter.service.js';
import type { MessageCreateParamsNonStreaming } from '@anthropic-ai/sdk/resources/messages';
import { LlmConfig } from './llm.config.js';
import { ChatCompletion, ChatLlmProvider, ChatRequest } from './chat-provider.base.js';
import type { LlmMetrics } from './llm-metrics.js';
import { CLASSIFICATION_JSON_SCHEMA } from './prompts.js';
import { sdkFetchOptions } from '../../core/net/sdk-fetch.js';

/**
 * Anthropic Messages API. ANTHROPIC_BASE_URL is an origin without /v1 (the SDK adds the path).
 * Structured outputs (output_config.format) only on request: older models answer 400 to it, and
 * the prompt plus the tolerant parser already get JSON out of every Claude model.
 */
export class AnthropicProvider extends ChatLlmProvider {
  readonly name = 'anthropic';
  private readonly client: Anthropic;

  constructor(
    private readonly config: LlmConfig,
    metrics: LlmMetrics,
    limiter?: LlmRateLimiter,
  ) {
    super(
      {
        model: config.ANTHROPIC_MODEL,
        timeoutMs: config.LLM_TIMEOUT_MS,
        inputTokenBudget: config.LLM_INPUT_TOKEN_BUDGET,
      },
      metrics,
      limiter,
    );
    this.client = new Anthropic({
      apiKey: config.ANTHROPIC_API_KEY,
      baseURL: config.ANTHROPIC_BASE_URL,
      timeout: config.LLM_TIMEOUT_MS,
      maxRetries: config.LLM_SDK_MAX_RETRIES,
      ...sdkFetchOptions(config.LLM_TIMEOUT_MS, config.LLM_MAX_CONNECTIONS),
    });
  }

  protected async send(request: ChatRequest, signal: AbortSignal): Promise<ChatCompletion> {
    const body: MessageCreateParamsNonStreaming = {
      model: this.config.ANTHROPIC_MODEL,
      system: request.system,
      messages: request.messages,
      // No temperature: API version 2026-10-21 (SDK 1.x) dropped it from the Messages API, so
      // LLM_TEMPERATURE only applies to the OpenAI-compatible adapter.
      max_tokens: this.config.LLM_MAX_TOKENS,
    };
    if (request.json && this.config.ANTHROPIC_STRUCTURED_OUTPUT) {
      body.output_config = {
        format: { type: 'json_schema', schema: { ...CLASSIFICATION_JSON_SCHEMA } },
      };
    }
    const message = await this.client.messages.create(body, { signal });
    const text = message.content
      .map((block) => (block.type === 'text' ? block.text : ''))
      .join('')
      .trim();
    const usage = message.usage;
    return {
      text,
      usage: {
        // Cached prompt tokens are billed too (at other rates); count them as prompt tokens.
        promptTokens:
          usage.input_tokens +
          (usage.cache_creation_input_tokens ?? 0) +
          (usage.cache_read_input_tokens ?? 0),
        completionTokens: usage.output_tokens,
      },
      model: message.model || undefined,
    };
  }
}
