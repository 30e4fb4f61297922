import OpenAI from 'openai';
import type { LlmRateLimiter } from './llm-rate-limiter.service.js';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import type { CompletionUsage } from 'openai/resources/completions';
import { ChatCompletion, ChatLlmProvider, ChatRequest } from './chat-provider.base.js';
import type { LlmConfig } from './llm.config.js';
import type { LlmMetrics } from './llm-metrics.js';
import type { LlmUsage } from './llm-provider.port.js';
import { CLASSIFICATION_JSON_SCHEMA, systemText } from './prompts.js';
import { sdkFetchOptions } from '../../core/net/sdk-fetch.js';

type ResponseFormatMode = LlmConfig['OPENAI_RESPONSE_FORMAT'];

/**
 * OpenAI and every server speaking its Chat Completions API (Azure OpenAI v1, Ollama, vLLM,
 * LM Studio) through OPENAI_BASE_URL. Chat Completions rather than the Responses API because the
 * compatible servers implement it most completely.
 */
export class OpenAiProvider extends ChatLlmProvider {
  readonly name = 'openai';
  private readonly client: OpenAI;
  private responseFormat: ResponseFormatMode;

  constructor(
    private readonly config: LlmConfig,
    metrics: LlmMetrics,
    limiter?: LlmRateLimiter,
  ) {
    super(
      {
        model: config.OPENAI_MODEL,
        timeoutMs: config.LLM_TIMEOUT_MS,
        inputTokenBudget: config.LLM_INPUT_TOKEN_BUDGET,
      },
      metrics,
      limiter,
    );
    this.responseFormat = config.OPENAI_RESPONSE_FORMAT;
    this.client = new OpenAI({
      apiKey: config.OPENAI_API_KEY,
      baseURL: config.OPENAI_BASE_URL,
      timeout: config.LLM_TIMEOUT_MS,
      maxRetries: config.LLM_SDK_MAX_RETRIES,
      ...sdkFetchOptions(config.LLM_TIMEOUT_MS, config.LLM_MAX_CONNECTIONS),
    });
  }

  protected async send(request: ChatRequest, signal: AbortSignal): Promise<ChatCompletion> {
    try {
      return await this.create(request, signal, request.json ? this.responseFormat : 'none');
    } catch (error) {
      // Some compatible servers reject a response_format they do not know (LM Studio refuses
      // json_object, older vLLM/Ollama builds json_schema). Drop it for good and rely on the prompt
      // plus the tolerant parser instead of failing every classification.
      if (request.json && this.responseFormat !== 'none' && rejectsResponseFormat(error)) {
        this.responseFormat = 'none';
        return this.create(request, signal, 'none');
      }
      throw error;
    }
  }

  private async create(
    request: ChatRequest,
    signal: AbortSignal,
    format: ResponseFormatMode,
  ): Promise<ChatCompletion> {
    const body = chatCompletionBody(this.config, request, format);
    const response = await this.client.chat.completions.create(body, { signal });
    const message = response.choices[0]?.message;
    return {
      // A structured-output refusal comes back in `refusal`; surface it as the answer so the
      // parser/repair path sees it and the raw text ends up in failed_tasks.
      text: message?.content ?? message?.refusal ?? '',
      usage: openAiUsage(response.usage),
      model: response.model || undefined,
    };
  }
}

/**
 * The Chat Completions request for a ChatRequest: one system message (static instructions
 * first, so OpenAI's automatic prefix cache can reuse them), then the turns. Also the body of a
 * Batch API line (openai-batch.adapter.ts), so a batched call asks exactly what a live one does.
 */
export function chatCompletionBody(
  config: LlmConfig,
  request: ChatRequest,
  format: ResponseFormatMode,
): ChatCompletionCreateParamsNonStreaming {
  const body: ChatCompletionCreateParamsNonStreaming = {
    model: config.OPENAI_MODEL,
    // One system message: compatible servers may mishandle a second one.
    messages: [{ role: 'system', content: systemText(request) }, ...request.messages],
    ...samplingParams(config),
  };
  if (format === 'json_schema') {
    body.response_format = {
      type: 'json_schema',
      json_schema: {
        name: 'email_classification',
        strict: true,
        schema: { ...CLASSIFICATION_JSON_SCHEMA },
      },
    };
  } else if (format === 'json_object') {
    body.response_format = { type: 'json_object' };
  }
  return body;
}

/**
 * Reasoning models (o-series, gpt-5) reject `max_tokens` and a non-default temperature; they take
 * `max_completion_tokens`. Everything else, including the compatible servers, gets the classic pair.
 */
function samplingParams(
  config: LlmConfig,
): Pick<
  ChatCompletionCreateParamsNonStreaming,
  'temperature' | 'max_tokens' | 'max_completion_tokens'
> {
  if (/^(o\d|gpt-5)/i.test(config.OPENAI_MODEL))
    return { max_completion_tokens: config.LLM_MAX_TOKENS };
  return { temperature: config.LLM_TEMPERATURE, max_tokens: config.LLM_MAX_TOKENS };
}

function rejectsResponseFormat(error: unknown): boolean {
  return (
    error instanceof OpenAI.APIError &&
    error.status === 400 &&
    /response_format|json_schema|json_object/i.test(error.message)
  );
}

/**
 * prompt_tokens includes the cached ones; prompt_tokens_details.cached_tokens says how many of
 * them came from OpenAI's prompt cache (absent on most compatible servers).
 */
export function openAiUsage(usage: CompletionUsage | undefined): LlmUsage {
  const out: LlmUsage = {
    promptTokens: usage?.prompt_tokens ?? 0,
    completionTokens: usage?.completion_tokens ?? 0,
  };
  const cached = usage?.prompt_tokens_details?.cached_tokens ?? 0;
  if (cached > 0) out.cachedPromptTokens = Math.min(cached, out.promptTokens);
  return out;
}
