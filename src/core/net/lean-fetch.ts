import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** Statuses whose Response must not have a body. */
const NULL_BODY = new Set([101, 204, 205, 304]);

/**
 * The `fetch` the LLM SDKs are given: node:http(s) with keep-alive agents, the whole answer
 * buffered into a standard Response. The platform fetch (undici) builds web streams, abort
 * plumbing and a transferable signal for every call: measured here 600-840 µs of CPU per chat
 * completion against 420-550 µs through this one (docs/BENCHMARKS.md), two calls per email.
 *
 * It covers what the SDKs send for non-streaming JSON calls (string or byte bodies, a signal
 * for their timeout and ours). Anything else (streams, FormData, a Request object) goes to the
 * platform fetch unchanged. Redirects are not followed (the APIs do not redirect).
 */
export function createLeanFetch(opts: { maxSockets?: number } = {}): typeof fetch {
  const agentOptions = { keepAlive: true, maxSockets: opts.maxSockets ?? 64 };
  const agents = { http: new HttpAgent(agentOptions), https: new HttpsAgent(agentOptions) };

  return function leanFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
    const body = init.body;
    const simpleBody = body == null || typeof body === 'string' || body instanceof Uint8Array;
    if (input instanceof Request || !simpleBody) return fetch(input, init);
    const url = input instanceof URL ? input : new URL(input);
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => (headers[name] = value));
    const https = url.protocol === 'https:';

    return new Promise<Response>((resolve, reject) => {
      const req = (https ? httpsRequest : httpRequest)(
        url,
        { method: init.method ?? 'GET', headers, agent: https ? agents.https : agents.http, signal: init.signal ?? undefined },
        (res) => collect(res).then(resolve, reject),
      );
      req.on('error', reject);
      req.end(body ?? undefined);
    });
  };
}

function collect(res: IncomingMessage): Promise<Response> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('error', reject);
    // A connection dropped mid-answer (settles nothing if 'end' or 'error' came first).
    res.on('close', () => {
      if (!res.complete) reject(Object.assign(new Error('connection closed before the response ended'), { code: 'ECONNRESET' }));
    });
    res.on('end', () => {
      try {
        const status = res.statusCode ?? 502;
        const headers = new Headers();
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
        const raw = Buffer.concat(chunks);
        const decoded = decode(raw, headers.get('content-encoding'));
        if (decoded !== raw) {
          // The Response holds the decoded bytes, as the platform fetch's does.
          headers.delete('content-encoding');
          headers.delete('content-length');
        }
        resolve(new Response(NULL_BODY.has(status) ? null : decoded, { status, statusText: res.statusMessage, headers }));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/** We send no Accept-Encoding, but a server may compress anyway. */
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
