import OpenAI from 'openai';
import type { LlmRateLimiter } from './llm-rate-limiter.service.js';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { ChatCompletion, ChatLlmProvider, ChatRequest } from './chat-provider.base.js';
import type { LlmConfig } from './llm.config.js';
import type { LlmMetrics } from './llm-metrics.js';
import { CLASSIFICATION_JSON_SCHEMA } from './prompts.js';
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
    const body: ChatCompletionCreateParamsNonStreaming = {
      model: this.config.OPENAI_MODEL,
      messages: [{ role: 'system', content: request.system }, ...request.messages],
      ...samplingParams(this.config),
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
    const response = await this.client.chat.completions.create(body, { signal });
    const message = response.choices[0]?.message;
    return {
      // A structured-output refusal comes back in `refusal`; surface it as the answer so the
      // parser/repair path sees it and the raw text ends up in failed_tasks.
      text: message?.content ?? message?.refusal ?? '',
      usage: {
        promptTokens: response.usage?.prompt_tokens ?? 0,
        completionTokens: response.usage?.completion_tokens ?? 0,
      },
      model: response.model || undefined,
    };
  }
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
