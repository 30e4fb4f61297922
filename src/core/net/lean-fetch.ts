import {
  Agent as HttpAgent,
  request as httpRequest,
  STATUS_CODES,
  type IncomingMessage,
} from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { Agent as UndiciAgent, type Dispatcher } from 'undici';

/** Statuses whose Response must not have a body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * Agent for one request, node-fetch style (an Agent, or a function of the URL). gaxios passes
 * one for HTTPS_PROXY and mTLS; without it our keep-alive agents are used.
 */
type AgentOption = HttpAgent | ((url: URL) => HttpAgent | undefined) | undefined;

/**
 * The `fetch` the LLM SDKs and googleapis (gaxios `fetchImplementation`) are given: undici's
 * `request` over keep-alive pools, the whole answer buffered into a BufferedResponse. The
 * platform fetch (undici's fetch) builds web streams, abort plumbing and a transferable signal
 * for every call, and gaxios' default node-fetch pipes every answer through stream.pipeline.
 * It costs the clients a fraction of the CPU per call of either (npm run bench:client-fetch;
 * figures in docs/BENCHMARKS.md).
 *
 * It covers what the clients send for non-streaming JSON calls: string or byte bodies, a
 * Node.js stream body (buffered first: gaxios sends multipart uploads that way) and a signal
 * for their timeouts and ours. A request with an agent of the caller's (gaxios passes one for
 * HTTPS_PROXY and mTLS) goes over node:http(s) with that agent. Web streams, FormData and
 * Request objects go to the platform fetch unchanged. Redirects are not followed (the APIs do
 * not redirect).
 */
export function createLeanFetch(opts: { maxSockets?: number } = {}): typeof fetch {
  // One pool of keep-alive connections per origin.
  // No undici timeouts of its own (300 s by default): the callers' signals decide, as with
  // node:http (LLM_TIMEOUT_MS may be longer for a slow model).
  const pools = new UndiciAgent({
    connections: opts.maxSockets ?? 64,
    headersTimeout: 0,
    bodyTimeout: 0,
  });

  return function leanFetch(
    input: string | URL | Request,
    init: RequestInit = {},
  ): Promise<Response> {
    const body = init.body as unknown;
    if (body instanceof Readable) {
      return buffered(body).then((bytes) => leanFetch(input, { ...init, body: bytes }));
    }
    const simpleBody = body == null || typeof body === 'string' || body instanceof Uint8Array;
    if (input instanceof Request || !simpleBody) return fetch(input, init);
    const url = input instanceof URL ? input : new URL(input);
    const headers: Record<string, string> = {};
    // The clients pass a Headers already: read it instead of copying it into another.
    const given = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    given.forEach((value, name) => (headers[name] = value));
    const request = {
      url,
      method: init.method ?? 'GET',
      headers,
      body: body as string | Uint8Array | null | undefined,
      signal: init.signal ?? undefined,
    };
    const callerAgent = (init as { agent?: AgentOption }).agent;
    const agent = typeof callerAgent === 'function' ? callerAgent(url) : callerAgent;
    return agent ? viaNodeHttp(agent, request) : viaUndici(pools, request);
  };
}

interface LeanRequest {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string | Uint8Array | null | undefined;
  signal: AbortSignal | undefined;
}

async function viaUndici(pools: Dispatcher, req: LeanRequest): Promise<Response> {
  const res = await pools.request({
    origin: req.url.origin,
    path: req.url.pathname + req.url.search,
    method: req.method as Dispatcher.HttpMethod,
    headers: req.headers,
    body: req.body ?? undefined,
    signal: req.signal,
  });
  const raw = Buffer.from(await res.body.arrayBuffer());
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.append(name, value);
  }
  return toResponse(res.statusCode, STATUS_CODES[res.statusCode] ?? '', headers, raw, req.url.href);
}

function viaNodeHttp(agent: HttpAgent, req: LeanRequest): Promise<Response> {
  const https = req.url.protocol === 'https:';
  return new Promise<Response>((resolve, reject) => {
    const outgoing = (https ? httpsRequest : httpRequest)(
      req.url,
      { method: req.method, headers: req.headers, agent, signal: req.signal },
      (res) =>
        collect(res, req.url.href).then(resolve, (error: unknown) =>
          reject(abortReason(req, error)),
        ),
    );
    // Aborted: reject with the signal's reason (TimeoutError for AbortSignal.timeout), as the
    // platform fetch and undici do, not node:http's generic AbortError.
    outgoing.on('error', (error) => reject(abortReason(req, error)));
    outgoing.end(req.body ?? undefined);
  });
}

/** The signal's reason when the request was aborted, else the error itself. */
function abortReason(req: LeanRequest, error: unknown): unknown {
  return req.signal?.aborted ? req.signal.reason : error;
}

async function buffered(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function collect(res: IncomingMessage, url: string): Promise<Response> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('error', reject);
    // A connection dropped mid-answer (settles nothing if 'end' or 'error' came first).
    res.on('close', () => {
      if (!res.complete)
        reject(
          Object.assign(new Error('connection closed before the response ended'), {
            code: 'ECONNRESET',
          }),
        );
    });
    res.on('end', () => {
      try {
        const headers = new Headers();
        for (let i = 0; i < res.rawHeaders.length; i += 2)
          headers.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
        const status = res.statusCode ?? 502;
        resolve(toResponse(status, res.statusMessage ?? '', headers, Buffer.concat(chunks), url));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/** The answer, decoded as the platform fetch decodes it (content-encoding), as a Response. */
function toResponse(
  status: number,
  statusText: string,
  headers: Headers,
  raw: Buffer,
  url: string,
): Response {
  // No body to decode (204, 304, an answer to HEAD), whatever Content-Encoding says.
  const empty = raw.length === 0 || NULL_BODY.has(status);
  const decoded = empty ? raw : decode(raw, headers.get('content-encoding'));
  if (decoded !== raw) {
    // The Response holds the decoded bytes, as the platform fetch's does.
    headers.delete('content-encoding');
    headers.delete('content-length');
  }
  return new BufferedResponse(NULL_BODY.has(status) ? null : decoded, {
    status,
    statusText,
    headers,
    url,
  }) as unknown as Response;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The answer as the SDKs read it: status, headers, url and a body that is already in memory.
 * A platform Response built over bytes wraps them in a web stream and reads them back through
 * it (undici's body mixin); its construction and `json()` cost more CPU per chat completion
 * than the HTTP exchange. The SDKs (openai, @anthropic-ai/sdk, pinned) use `status`, `ok`,
 * `headers`, `url`, `json()`, `text()`, `clone()`, `bodyUsed` and `body` (a stream, made only
 * when asked for); this implements those with the platform's semantics (one read per body,
 * UTF-8 with the BOM dropped) and the rest of the body mixin for completeness.
 */
export class BufferedResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly statusText: string;
  readonly headers: Headers;
  readonly url: string;
  readonly redirected = false;
  readonly type = 'basic';
  private used = false;
  private stream?: ReadableStream<Uint8Array> | null;

  // An ES private field: gaxios assigns its parsed answer to `data` on the response.
  readonly #bytes: Buffer | null;

  constructor(
    bytes: Buffer | null,
    init: { status: number; statusText: string; headers: Headers; url: string },
  ) {
    this.#bytes = bytes;
    this.status = init.status;
    this.ok = init.status >= 200 && init.status <= 299;
    this.statusText = init.statusText;
    this.headers = init.headers;
    this.url = init.url;
  }

  get bodyUsed(): boolean {
    return this.used;
  }

  /** A stream over the bytes, made on first access; reading it uses the body up. */
  get body(): ReadableStream<Uint8Array> | null {
    if (this.stream !== undefined) return this.stream;
    if (!this.#bytes) return (this.stream = null);
    const bytes = this.#bytes;
    const mark = () => (this.used = true);
    // highWaterMark 0: pulled only when read, not to fill a queue as soon as it exists (the
    // Anthropic SDK touches `body` on every answer without reading it).
    this.stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          mark();
          if (bytes.length) controller.enqueue(new Uint8Array(bytes));
          controller.close();
        },
      },
      { highWaterMark: 0 },
    );
    return this.stream;
  }

  async text(): Promise<string> {
    const bytes = this.consume();
    const start = bytes.subarray(0, 3).equals(UTF8_BOM) ? 3 : 0;
    return bytes.toString('utf8', start);
  }

  async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  async arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = this.consume();
    return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
  }

  async bytes(): Promise<Uint8Array> {
    return new Uint8Array(this.consume());
  }

  async blob(): Promise<Blob> {
    return new Blob([this.consume()], { type: this.headers.get('content-type') ?? '' });
  }

  clone(): BufferedResponse {
    if (this.unusable()) throw new TypeError('Response.clone: Body has already been consumed.');
    const headers = new Headers(this.headers);
    return new BufferedResponse(this.#bytes, {
      status: this.status,
      statusText: this.statusText,
      headers,
      url: this.url,
    });
  }

  private unusable(): boolean {
    return this.used || (this.stream?.locked ?? false);
  }

  private consume(): Buffer {
    if (this.unusable()) throw new TypeError('Body is unusable: Body has already been read');
    this.used = true;
    return this.#bytes ?? Buffer.alloc(0);
  }
}

/** googleapis asks for gzip; the LLM SDKs ask for nothing, but a server may compress anyway. */
function decode(raw: Buffer, encoding: string | null): Buffer {
  switch (encoding?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return gunzipSync(raw);
    case 'deflate':
      return inflateSync(raw);
    case 'br':
      return brotliDecompressSync(raw);
    default:
      return raw;
  }
}
