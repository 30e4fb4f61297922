import Anthropic from '@anthropic-ai/sdk';
import type { LlmRateLimiter } from './llm-rate-limiter.service.js';
import type {
  MessageCreateParamsNonStreaming,
  TextBlockParam,
  Usage,
} from '@anthropic-ai/sdk/resources/messages';
import type { LlmUsage } from './llm-provider.port.js';
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
      system: anthropicSystem(request),
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
    return { text, usage: anthropicUsage(message.usage), model: message.model || undefined };
  }
}

/**
 * The system prompt as blocks: the static instructions with a cache breakpoint, then the mailbox
 * part. Anthropic caches the prefix up to a breakpoint only when it is at least the model's
 * minimum cacheable length (1024 to 4096 tokens by model); a shorter prefix is simply not
 * cached, at no extra charge, so the breakpoint is always sent.
 */
export function anthropicSystem(request: ChatRequest): TextBlockParam[] {
  const blocks: TextBlockParam[] = [
    { type: 'text', text: request.instructions, cache_control: { type: 'ephemeral' } },
  ];
  if (request.mailbox) blocks.push({ type: 'text', text: request.mailbox });
  return blocks;
}

/**
 * input_tokens counts only the tokens after the last cache breakpoint; cache reads and writes
 * come in their own fields. All three are prompt tokens (billed at different rates).
 */
export function anthropicUsage(usage: Usage): LlmUsage {
  const read = usage.cache_read_input_tokens ?? 0;
  const written = usage.cache_creation_input_tokens ?? 0;
  const out: LlmUsage = {
    promptTokens: usage.input_tokens + read + written,
    completionTokens: usage.output_tokens,
  };
  if (read > 0) out.cachedPromptTokens = read;
  if (written > 0) out.cacheWriteTokens = written;
  return out;
}
