import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultLlmAnswer } from './llm-fake.responder.js';
import { PromptCache } from './prompt-cache.model.js';

/**
 * Shared HTTP machinery of the OpenAI and Anthropic fakes: node:http on 127.0.0.1, a scripted
 * answer queue, a responder function for everything unscripted, fault injection and a request
 * log. Subclasses supply the wire format (see openai.fake.ts, anthropic.fake.ts).
 */
export interface FakeLlmMessage {
  role: string;
  content: string;
}

export interface FakeLlmRequest {
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body as the SDK sent it. */
  body: Record<string, unknown>;
  model: string;
  system: string;
  messages: FakeLlmMessage[];
  /** Text of the last user message (where the email sits). */
  userText: string;
  /** response_format / output_config asked for JSON. */
  jsonRequested: boolean;
  /** Status the fake answered with (set once answered). */
  status?: number;
  /** The usage the fake reported (set on success). */
  usage?: FakeLlmUsage;
  /** A line of a Batch API input file, answered when the fake ran the batch. */
  batch?: true;
  /** Date.now() when the request arrived. */
  receivedAt: number;
}

/** Usage as the fakes report it: prompt tokens include the cached and the cache-written ones. */
export interface FakeLlmUsage {
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  cacheWriteTokens: number;
}

/** One limit's state as a vendor reports it in its headers. */
export interface LimitState {
  /** Allowed per minute. */
  limit: number;
  remaining: number;
  /** Milliseconds until the limit is back to its full allowance. */
  resetMs: number;
}

/** The account's limits at the time of an answer (test/fakes/llm-rate-limits.ts). */
export interface RateLimitState {
  requests?: LimitState;
  tokens?: LimitState;
  inputTokens?: LimitState;
  outputTokens?: LimitState;
}

export interface FakeLlmText {
  text: string;
  promptTokens?: number;
  completionTokens?: number;
  /** Of promptTokens, read from the prompt cache (default: what the cache model says). */
  cachedTokens?: number;
  /** Of promptTokens, written to the prompt cache (Anthropic). */
  cacheWriteTokens?: number;
  /** 'length' → finish_reason length / stop_reason max_tokens. */
  truncated?: boolean;
  delayMs?: number;
  /** Rendered as the vendor's rate-limit headers on the answer. */
  rateLimit?: RateLimitState;
}

export interface LlmFailSpec {
  status: number;
  /** How many consecutive requests fail (default 1). */
  times?: number;
  retryAfter?: number;
  retryAfterMs?: number;
  message?: string;
  /** Raw error body instead of the vendor-shaped default. */
  body?: unknown;
  delayMs?: number;
  /** Destroy the socket instead of answering (network error). */
  dropConnection?: boolean;
  /** A rate-limit refusal: the vendor's rate-limit and retry headers (retryAfterMs the wait). */
  rateLimit?: RateLimitState;
}

export type FakeLlmAnswer = FakeLlmText | { fail: LlmFailSpec };
export type FakeLlmResponder = (
  request: FakeLlmRequest,
) => FakeLlmAnswer | string | Promise<FakeLlmAnswer | string>;

export interface WireResponse {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Sent as it is instead of `body` as JSON (file contents). */
  raw?: string;
}

export abstract class LlmFakeServer {
  readonly requests: FakeLlmRequest[] = [];
  /** The provider's prompt cache as the fake models it (prompt-cache.model.ts). */
  readonly promptCache = new PromptCache();
  private server?: Server;
  private address = '';
  private scripted: FakeLlmAnswer[] = [];
  private faults: { spec: LlmFailSpec; left: number }[] = [];
  private responder: FakeLlmResponder = defaultLlmAnswer;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(public apiKey: string) {}

  /** The path the SDK posts to, e.g. /v1/chat/completions. */
  protected abstract readonly route: string;
  protected abstract authorised(headers: IncomingHttpHeaders): boolean;
  /** A 400 message when the body is not what the real API accepts. */
  protected abstract invalid(
    body: Record<string, unknown>,
    headers: IncomingHttpHeaders,
  ): string | undefined;
  protected abstract parse(
    body: Record<string, unknown>,
  ): Pick<FakeLlmRequest, 'system' | 'messages' | 'jsonRequested'>;
  protected abstract success(
    request: FakeLlmRequest,
    answer: Required<Omit<FakeLlmText, 'delayMs' | 'rateLimit'>>,
  ): WireResponse;
  protected abstract error(status: number, message: string): unknown;
  /** Routes besides the completion route (the OpenAI fake's files and batches); undefined: 404. */
  protected otherRoute(
    method: string,
    path: string,
    raw: string,
    headers: IncomingHttpHeaders,
  ): Promise<WireResponse | undefined> | WireResponse | undefined {
    void [method, path, raw, headers];
    return undefined;
  }
  /** Prompt tokens this request reads from / writes to the provider's prompt cache. */
  protected abstract promptCacheUsage(
    request: FakeLlmRequest,
    promptTokens: number,
  ): { cached: number; written: number };
  /**
   * The vendor's rate-limit headers for `state`; with `retryAfterMs` (a 429) its retry headers
   * too.
   */
  protected abstract rateLimitHeaders(
    state: RateLimitState,
    retryAfterMs?: number,
  ): Record<string, string>;

  get origin(): string {
    if (!this.address) throw new Error('fake not started');
    return this.address;
  }

  abstract get baseURL(): string;

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.address = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** Queue answers for the next requests, in order (a string is a plain text answer). */
  reply(...answers: (string | FakeLlmAnswer)[]): this {
    this.scripted.push(...answers.map((a) => (typeof a === 'string' ? { text: a } : a)));
    return this;
  }

  /** Fail the next `spec.times` requests (checked before scripted answers). */
  failNext(spec: LlmFailSpec): this {
    this.faults.push({ spec, left: spec.times ?? 1 });
    return this;
  }

  /** Answer everything unscripted with this function (default: keyword classifier / template reply). */
  respondWith(responder: FakeLlmResponder): this {
    this.responder = responder;
    return this;
  }

  reset(): void {
    this.requests.length = 0;
    this.scripted = [];
    this.faults = [];
    this.responder = defaultLlmAnswer;
    this.promptCache.reset();
  }

  /** Requests received and not yet answered (the calls in flight). */
  get inFlight(): number {
    let n = 0;
    for (let i = this.requests.length - 1; i >= 0; i--)
      if (this.requests[i].status === undefined) n++;
    return n;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    const raw = await new Promise<string>((resolve) => {
      let data = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (data += chunk));
      req.on('end', () => resolve(data));
    });
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'POST' || path !== this.route) {
      const other = await this.otherRoute(req.method ?? 'GET', path, raw, req.headers);
      return this.send(
        res,
        other ?? { status: 404, body: this.error(404, `No route ${req.method} ${path}`) },
      );
    }
    if (!this.authorised(req.headers))
      return this.send(res, {
        status: 401,
        body: this.error(401, 'invalid x-api-key / Authorization'),
      });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return this.send(res, { status: 400, body: this.error(400, 'body is not JSON') });
    }
    const parsed = this.parse(body);
    const request: FakeLlmRequest = {
      path,
      headers: req.headers,
      body,
      model: String(body.model ?? ''),
      ...parsed,
      userText: [...parsed.messages].reverse().find((m) => m.role === 'user')?.content ?? '',
      receivedAt,
    };
    this.requests.push(request);
    const problem = this.invalid(body, req.headers);
    if (problem) return this.finish(request, res, { status: 400, body: this.error(400, problem) });

    const fault = this.faults.find((f) => f.left > 0);
    const answer: FakeLlmAnswer | string = fault
      ? (fault.left--, { fail: fault.spec })
      : (this.scripted.shift() ?? (await this.responder(request)));
    const resolved: FakeLlmAnswer = typeof answer === 'string' ? { text: answer } : answer;
    const delayMs = 'fail' in resolved ? resolved.fail.delayMs : resolved.delayMs;
    if (delayMs) await this.sleep(delayMs);
    if (gone(res)) return; // the client gave up (timeout/abort)
    if ('fail' in resolved) return this.fail(request, res, resolved.fail);
    const response = this.success(request, this.usageFor(request, resolved));
    if (resolved.rateLimit)
      response.headers = { ...response.headers, ...this.rateLimitHeaders(resolved.rateLimit) };
    this.finish(request, res, response);
  }

  /**
   * One request answered without HTTP (a line of a Batch API file): logged like the others and
   * answered by the same script, responder, faults and usage model, without delays.
   */
  protected async answerLine(path: string, body: Record<string, unknown>): Promise<WireResponse> {
    const parsed = this.parse(body);
    const request: FakeLlmRequest = {
      path,
      headers: {},
      body,
      model: String(body.model ?? ''),
      ...parsed,
      userText: [...parsed.messages].reverse().find((m) => m.role === 'user')?.content ?? '',
      batch: true,
      receivedAt: Date.now(),
    };
    this.requests.push(request);
    const problem = this.invalid(body, {});
    const fault = problem ? undefined : this.faults.find((f) => f.left > 0);
    const answer: FakeLlmAnswer | string | undefined = problem
      ? undefined
      : fault
        ? (fault.left--, { fail: fault.spec })
        : (this.scripted.shift() ?? (await this.responder(request)));
    const resolved = typeof answer === 'string' ? { text: answer } : answer;
    const response: WireResponse =
      !resolved || 'fail' in resolved
        ? {
            status: resolved?.fail.status ?? 400,
            body: this.error(resolved?.fail.status ?? 400, problem ?? 'fake error'),
          }
        : this.success(request, this.usageFor(request, resolved));
    request.status = response.status;
    return response;
  }

  private fail(request: FakeLlmRequest, res: ServerResponse, spec: LlmFailSpec): void {
    if (spec.dropConnection) {
      request.status = 0;
      res.socket?.destroy();
      return;
    }
    const headers: Record<string, string> = spec.rateLimit
      ? this.rateLimitHeaders(spec.rateLimit, spec.retryAfterMs)
      : {};
    if (spec.retryAfter !== undefined) headers['retry-after'] = String(spec.retryAfter);
    if (spec.retryAfterMs !== undefined && !spec.rateLimit)
      headers['retry-after-ms'] = String(spec.retryAfterMs);
    const body = spec.body ?? this.error(spec.status, spec.message ?? `fake error ${spec.status}`);
    this.finish(request, res, { status: spec.status, body, headers });
  }

  private usageFor(
    request: FakeLlmRequest,
    answer: FakeLlmText,
  ): Required<Omit<FakeLlmText, 'delayMs' | 'rateLimit'>> {
    // Roughly 4 characters per token, as for English text with real tokenizers.
    const promptChars =
      request.system.length + request.messages.reduce((n, m) => n + m.content.length, 0);
    const promptTokens =
      answer.promptTokens ?? Math.ceil(promptChars / 4) + 4 * (request.messages.length + 1);
    const cache = this.promptCacheUsage(request, promptTokens);
    const usage: FakeLlmUsage = {
      promptTokens,
      completionTokens: answer.completionTokens ?? Math.max(1, Math.ceil(answer.text.length / 4)),
      cachedTokens: Math.min(promptTokens, answer.cachedTokens ?? cache.cached),
      cacheWriteTokens: Math.min(promptTokens, answer.cacheWriteTokens ?? cache.written),
    };
    request.usage = usage;
    return { text: answer.text, ...usage, truncated: answer.truncated ?? false };
  }

  private finish(request: FakeLlmRequest, res: ServerResponse, response: WireResponse): void {
    request.status = response.status;
    this.send(res, response);
  }

  private send(res: ServerResponse, response: WireResponse): void {
    if (gone(res)) return;
    res.on('error', () => undefined); // a client that hung up mid-write is not our failure
    res.writeHead(response.status, { 'content-type': 'application/json', ...response.headers });
    res.end(response.raw ?? JSON.stringify(response.body));
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }
}

function gone(res: ServerResponse): boolean {
  return res.destroyed || res.writableEnded || !res.socket || res.socket.destroyed;
}

let counter = 0;
export function fakeId(prefix: string): string {
  counter += 1;
  return `${prefix}${Date.now().toString(36)}${counter.toString(36).padStart(4, '0')}`;
}
