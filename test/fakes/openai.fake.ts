import type { IncomingHttpHeaders } from 'node:http';
import {
  fakeId,
  type FakeLlmRequest,
  type FakeLlmText,
  LlmFakeServer,
  type RateLimitState,
  type WireResponse,
} from './llm-fake.server.js';
import { OpenAiBatchApi } from './openai-batch.fake.js';

/**
 * Local OpenAI Chat Completions API (POST /v1/chat/completions), driven through the real `openai`
 * SDK by pointing OPENAI_BASE_URL at `fake.baseURL` (origin + /v1). Bearer-key auth, realistic
 * ids/usage/finish_reason, OpenAI-shaped errors. response_format (json_object / json_schema) is
 * recorded as `jsonRequested`; the answer is whatever the script or responder returns, so tests
 * can play a model that ignores it.
 *
 *   const openai = new OpenAiFake(); await openai.start();
 *   const config = loadConfigSlice(LlmConfig, {
 *     OPENAI_API_KEY: openai.apiKey,
 *     OPENAI_BASE_URL: openai.baseURL,
 *   });
 *   openai.reply('```json\n{"category":"spam","confidence":0.9,"reasoning":"x"}\n```');
 *   openai.failNext({ status: 500, times: 3 });
 *   openai.failNext({ status: 429, retryAfter: 2 });
 *   openai.reply({ text: 'late', delayMs: 5_000 });   // provoke a timeout
 */
export class OpenAiFake extends LlmFakeServer {
  protected readonly route = '/v1/chat/completions';
  /** Files and batches (openai-batch.fake.ts): the Batch API for the real SDK. */
  readonly batchApi = new OpenAiBatchApi(
    (path, body) => this.answerLine(path, body),
    (status, message) => this.error(status, message),
  );

  constructor(apiKey = 'sk-test-openai-fake') {
    super(apiKey);
  }

  get baseURL(): string {
    return `${this.origin}/v1`;
  }

  override reset(): void {
    super.reset();
    this.batchApi.reset();
  }

  protected override otherRoute(
    method: string,
    path: string,
    raw: string,
    headers: IncomingHttpHeaders,
  ): Promise<WireResponse | undefined> | WireResponse | undefined {
    if (!path.startsWith('/v1/files') && !path.startsWith('/v1/batches')) return undefined;
    if (!this.authorised(headers)) return { status: 401, body: this.error(401, 'invalid key') };
    return this.batchApi.route(method, path, raw, headers);
  }

  protected authorised(headers: IncomingHttpHeaders): boolean {
    return headers.authorization === `Bearer ${this.apiKey}`;
  }

  protected invalid(body: Record<string, unknown>): string | undefined {
    if (typeof body.model !== 'string' || !body.model) return 'you must provide a model parameter';
    if (!Array.isArray(body.messages) || body.messages.length === 0)
      return "'messages' must be a non-empty array";
    if (body.stream) return 'streaming is not supported by this fake';
    const format = body.response_format as
      { type?: string; json_schema?: { name?: string; schema?: unknown } } | undefined;
    if (format && !['text', 'json_object', 'json_schema'].includes(format.type ?? ''))
      return "Invalid value for 'response_format.type'";
    if (
      format?.type === 'json_schema' &&
      (!format.json_schema?.name || !format.json_schema.schema)
    ) {
      return "Missing required parameter: 'response_format.json_schema.name' / 'schema'";
    }
    return undefined;
  }

  protected parse(
    body: Record<string, unknown>,
  ): Pick<FakeLlmRequest, 'system' | 'messages' | 'jsonRequested'> {
    const all = (body.messages as { role: string; content: unknown }[]).map((m) => ({
      role: m.role,
      content: textOf(m.content),
    }));
    const format = (body.response_format as { type?: string } | undefined)?.type;
    return {
      system: all
        .filter((m) => m.role === 'system' || m.role === 'developer')
        .map((m) => m.content)
        .join('\n'),
      messages: all.filter((m) => m.role !== 'system' && m.role !== 'developer'),
      jsonRequested: format === 'json_object' || format === 'json_schema',
    };
  }

  protected success(
    request: FakeLlmRequest,
    answer: Required<Omit<FakeLlmText, 'delayMs' | 'rateLimit'>>,
  ): WireResponse {
    return {
      status: 200,
      headers: { 'x-request-id': fakeId('req_') },
      body: {
        id: fakeId('chatcmpl-'),
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: request.model,
        system_fingerprint: 'fp_fake',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: answer.text, refusal: null, annotations: [] },
            logprobs: null,
            finish_reason: answer.truncated ? 'length' : 'stop',
          },
        ],
        usage: {
          prompt_tokens: answer.promptTokens,
          completion_tokens: answer.completionTokens,
          total_tokens: answer.promptTokens + answer.completionTokens,
          prompt_tokens_details: { cached_tokens: answer.cachedTokens, audio_tokens: 0 },
          completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0 },
        },
      },
    };
  }

  /**
   * Automatic prefix caching over the request's messages in order (the system message first),
   * as OpenAI does for prompts of 1024+ tokens (prompt-cache.model.ts).
   */
  protected promptCacheUsage(request: FakeLlmRequest): { cached: number; written: number } {
    const serialised = [
      `system\n${request.system}`,
      ...request.messages.map((m) => `${m.role}\n${m.content}`),
    ].join('\n');
    return { cached: this.promptCache.openAiCached(request.model, serialised), written: 0 };
  }

  /**
   * x-ratelimit-{limit,remaining,reset}-{requests,tokens} on every answer (reset as a duration);
   * a 429 also carries retry-after-ms and retry-after (whole seconds), both of which the SDK
   * honours.
   */
  protected rateLimitHeaders(state: RateLimitState, retryAfterMs?: number): Record<string, string> {
    const headers: Record<string, string> = {};
    for (const [name, limit] of [
      ['requests', state.requests],
      ['tokens', state.tokens],
    ] as const) {
      if (!limit) continue;
      headers[`x-ratelimit-limit-${name}`] = String(limit.limit);
      headers[`x-ratelimit-remaining-${name}`] = String(limit.remaining);
      headers[`x-ratelimit-reset-${name}`] = openAiDuration(limit.resetMs);
    }
    if (retryAfterMs !== undefined) {
      headers['retry-after-ms'] = String(retryAfterMs);
      headers['retry-after'] = String(Math.ceil(retryAfterMs / 1000));
    }
    return headers;
  }

  protected error(status: number, message: string): unknown {
    const type =
      status === 401
        ? 'invalid_request_error'
        : status === 429
          ? 'rate_limit_exceeded'
          : status >= 500
            ? 'server_error'
            : 'invalid_request_error';
    const code = status === 401 ? 'invalid_api_key' : status === 429 ? 'rate_limit_exceeded' : null;
    return { error: { message, type, param: null, code } };
  }
}

/** OpenAI's reset format: a Go-style duration ("12ms", "1.5s", "6m0s"). */
export function openAiDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = `${Number(((ms % 60_000) / 1000).toFixed(3))}s`;
  return minutes ? `${minutes}m${seconds}` : seconds;
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p: { text?: string }) => p.text ?? '').join('');
  return '';
}
