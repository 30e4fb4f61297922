import type { IncomingHttpHeaders } from 'node:http';
import {
  fakeId,
  type FakeLlmRequest,
  type FakeLlmText,
  LlmFakeServer,
  type RateLimitState,
  type WireResponse,
} from './llm-fake.server.js';

/**
 * Local Anthropic Messages API (POST /v1/messages), driven through the real `@anthropic-ai/sdk`
 * by pointing ANTHROPIC_BASE_URL at `fake.baseURL` (the origin, no /v1). Accepts the key as
 * `Authorization: Bearer` (what SDK 1.x sends) or `x-api-key`, requires `anthropic-version`,
 * answers with content blocks, usage {input_tokens, output_tokens, cache_read_input_tokens,
 * cache_creation_input_tokens} (prompt caching as prompt-cache.model.ts models it), and
 * Anthropic-shaped errors (529 overloaded_error included).
 *
 *   const claude = new AnthropicFake(); await claude.start();
 *   loadConfigSlice(LlmConfig, { ANTHROPIC_API_KEY: claude.apiKey, ANTHROPIC_BASE_URL: claude.baseURL });
 *   claude.failNext({ status: 529 });
 */
export class AnthropicFake extends LlmFakeServer {
  protected readonly route = '/v1/messages';

  constructor(apiKey = 'sk-ant-test-fake') {
    super(apiKey);
  }

  get baseURL(): string {
    return this.origin;
  }

  protected authorised(headers: IncomingHttpHeaders): boolean {
    return (
      headers['x-api-key'] === this.apiKey || headers.authorization === `Bearer ${this.apiKey}`
    );
  }

  protected invalid(
    body: Record<string, unknown>,
    headers: IncomingHttpHeaders,
  ): string | undefined {
    if (!headers['anthropic-version']) return 'anthropic-version: header is required';
    if (typeof body.model !== 'string' || !body.model) return 'model: Field required';
    if (typeof body.max_tokens !== 'number') return 'max_tokens: Field required';
    if (!Array.isArray(body.messages) || body.messages.length === 0)
      return 'messages: at least one message is required';
    if (
      (body.messages as { role: string }[]).some((m) => m.role !== 'user' && m.role !== 'assistant')
    ) {
      return 'messages: roles must be "user" or "assistant"; use the top-level system parameter';
    }
    if (body.stream) return 'streaming is not supported by this fake';
    const breakpoints = (
      Array.isArray(body.system) ? (body.system as { cache_control?: { type?: string } }[]) : []
    )
      .map((b) => b.cache_control)
      .filter(Boolean);
    if (breakpoints.some((c) => c?.type !== 'ephemeral'))
      return "system.cache_control.type: Input should be 'ephemeral'";
    if (breakpoints.length > 4) return 'A maximum of 4 blocks with cache_control may be provided';
    return undefined;
  }

  protected parse(
    body: Record<string, unknown>,
  ): Pick<FakeLlmRequest, 'system' | 'messages' | 'jsonRequested'> {
    const messages = (body.messages as { role: string; content: unknown }[]).map((m) => ({
      role: m.role,
      content: textOf(m.content),
    }));
    const outputConfig = body.output_config as { format?: { type?: string } } | undefined;
    return {
      system: textOf(body.system),
      messages,
      jsonRequested: outputConfig?.format?.type === 'json_schema',
    };
  }

  protected success(
    request: FakeLlmRequest,
    answer: Required<Omit<FakeLlmText, 'delayMs' | 'rateLimit'>>,
  ): WireResponse {
    return {
      status: 200,
      headers: { 'request-id': fakeId('req_') },
      body: {
        id: fakeId('msg_'),
        type: 'message',
        role: 'assistant',
        model: request.model,
        content: [{ type: 'text', text: answer.text }],
        stop_reason: answer.truncated ? 'max_tokens' : 'end_turn',
        stop_sequence: null,
        // input_tokens is only what follows the cache breakpoint, as the real API reports it.
        usage: {
          input_tokens: answer.promptTokens - answer.cachedTokens - answer.cacheWriteTokens,
          output_tokens: answer.completionTokens,
          cache_creation_input_tokens: answer.cacheWriteTokens,
          cache_read_input_tokens: answer.cachedTokens,
        },
      },
    };
  }

  /**
   * The system blocks up to the last one carrying `cache_control` are the cacheable prefix
   * (breakpoints in messages are not modelled: the service sets none there).
   */
  protected promptCacheUsage(
    request: FakeLlmRequest,
    promptTokens: number,
  ): { cached: number; written: number } {
    const blocks = Array.isArray(request.body.system)
      ? (request.body.system as { text?: string; cache_control?: unknown }[])
      : [];
    const last = blocks.map((b) => Boolean(b.cache_control)).lastIndexOf(true);
    if (last < 0) return { cached: 0, written: 0 };
    const prefix = blocks
      .slice(0, last + 1)
      .map((b) => b.text ?? '')
      .join('');
    const { read, written } = this.promptCache.anthropicPrefix(request.model, prefix);
    return { cached: Math.min(read, promptTokens), written: Math.min(written, promptTokens) };
  }

  /**
   * anthropic-ratelimit-{requests,tokens,input-tokens,output-tokens}-{limit,remaining,reset} on
   * every answer (reset as an RFC 3339 time); a 429 also carries retry-after in whole seconds,
   * the only retry header Anthropic sends.
   */
  protected rateLimitHeaders(state: RateLimitState, retryAfterMs?: number): Record<string, string> {
    const headers: Record<string, string> = {};
    const now = Date.now();
    for (const [name, limit] of [
      ['requests', state.requests],
      ['tokens', state.tokens],
      ['input-tokens', state.inputTokens],
      ['output-tokens', state.outputTokens],
    ] as const) {
      if (!limit) continue;
      headers[`anthropic-ratelimit-${name}-limit`] = String(limit.limit);
      headers[`anthropic-ratelimit-${name}-remaining`] = String(limit.remaining);
      headers[`anthropic-ratelimit-${name}-reset`] = new Date(
        Math.ceil((now + limit.resetMs) / 1000) * 1000,
      )
        .toISOString()
        .replace('.000Z', 'Z');
    }
    if (retryAfterMs !== undefined)
      headers['retry-after'] = String(Math.max(1, Math.ceil(retryAfterMs / 1000)));
    return headers;
  }

  protected error(status: number, message: string): unknown {
    const types: Record<number, string> = {
      400: 'invalid_request_error',
      401: 'authentication_error',
      403: 'permission_error',
      404: 'not_found_error',
      413: 'request_too_large',
      429: 'rate_limit_error',
      500: 'api_error',
      529: 'overloaded_error',
    };
    return {
      type: 'error',
      error: { type: types[status] ?? 'api_error', message },
      request_id: fakeId('req_'),
    };
  }
}

function textOf(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((b: { text?: string }) => b.text ?? '').join('');
  return '';
}
