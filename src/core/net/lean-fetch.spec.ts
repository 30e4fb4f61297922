import {
  Agent as HttpAgent,
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { Readable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BufferedResponse, createLeanFetch } from './lean-fetch.js';

/** An AbortController's signal, aborted (without a reason) 100 ms from now. */
function abortSoon(): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 100);
  return controller.signal;
}

/** The SDKs' lean fetch must behave like the platform fetch for what they use. */
describe('createLeanFetch', () => {
  let server: Server;
  let base: string;
  const seen: { method?: string; headers: IncomingMessage['headers']; body: string }[] = [];
  const leanFetch = createLeanFetch();

  beforeAll(async () => {
    server = createServer((req, res: ServerResponse) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ method: req.method, headers: req.headers, body });
        const path = (req.url ?? '/').split('?')[0];
        if (path === '/json') {
          res.writeHead(201, {
            'content-type': 'application/json',
            'x-request-id': 'req_1',
            'set-cookie': ['a=1', 'b=2'],
          });
          res.end(JSON.stringify({ echo: body }));
        } else if (path === '/gzip') {
          res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
          res.end(gzipSync(JSON.stringify({ zipped: true })));
        } else if (path === '/bad-gzip') {
          res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
          res.end('not gzip at all');
        } else if (path === '/empty') {
          res.writeHead(204);
          res.end();
        } else if (path === '/empty-gzip') {
          res.writeHead(204, { 'content-encoding': 'gzip' });
          res.end();
        } else if (path === '/trickle') {
          res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '1000' });
          res.write('first part');
          setTimeout(() => res.end(), 2_000);
        } else if (path === '/slow') {
          setTimeout(() => res.end('late'), 2_000);
        } else if (path === '/drop') {
          res.writeHead(200, { 'content-length': '1000' });
          res.write('partial');
          setTimeout(() => res.socket?.destroy(), 20);
        } else {
          res.writeHead(429, { 'retry-after': '7', 'content-type': 'application/json' });
          res.end('{"error":{"message":"slow down"}}');
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('sends method, headers and body, and returns status, headers and body', async () => {
    const res = await leanFetch(`${base}/json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
      body: '{"q":1}',
    });
    expect(res.status).toBe(201);
    expect(res.ok).toBe(true);
    expect(res.headers.get('x-request-id')).toBe('req_1');
    expect(res.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(await res.json()).toEqual({ echo: '{"q":1}' });
    const last = seen.at(-1)!;
    expect(last).toMatchObject({ method: 'POST', body: '{"q":1}' });
    expect(last.headers).toMatchObject({ authorization: 'Bearer k', 'content-length': '7' });
  });

  it('passes error statuses and their headers through (the SDK reads Retry-After)', async () => {
    const res = await leanFetch(new URL(`${base}/limited`), {
      method: 'POST',
      body: new TextEncoder().encode('{}'),
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(await res.text()).toContain('slow down');
  });

  it('rejects a corrupt compressed answer as a failed request, and keeps serving', async () => {
    await expect(leanFetch(`${base}/bad-gzip`)).rejects.toThrow(/header|check/i);
    expect((await leanFetch(`${base}/json`, { method: 'POST', body: 'x' })).status).toBe(201);
  });

  it('decodes a compressed answer and gives 204 no body', async () => {
    const zipped = await leanFetch(`${base}/gzip`);
    expect(zipped.headers.get('content-encoding')).toBeNull();
    expect(await zipped.json()).toEqual({ zipped: true });
    const empty = await leanFetch(`${base}/empty`, { method: 'DELETE' });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
  });

  it.each([
    ['its pools', {}],
    ['a caller agent (node:http)', { agent: new HttpAgent({ keepAlive: true }) }],
  ])(
    "rejects with the signal's reason when it fires, as the platform fetch does (%s)",
    async (_, extra) => {
      const outcome = async (f: typeof fetch, signal: AbortSignal) => {
        const started = Date.now();
        const error = (await f(`${base}/slow`, { signal, ...extra } as RequestInit).catch(
          (e: unknown) => e,
        )) as Error;
        expect(Date.now() - started).toBeLessThan(1_500);
        return error.name;
      };
      for (const signal of [() => AbortSignal.timeout(100), () => abortSoon()]) {
        const platform = await outcome(fetch, signal());
        expect(await outcome(leanFetch, signal())).toBe(platform);
      }
      expect(await outcome(leanFetch, AbortSignal.timeout(50))).toBe('TimeoutError');
      expect(await outcome(leanFetch, abortSoon())).toBe('AbortError');
      // Also once the answer has begun: headers in, body still arriving.
      const midBody = (await leanFetch(`${base}/trickle`, {
        signal: AbortSignal.timeout(100),
        ...extra,
      } as RequestInit).catch((e: unknown) => e)) as Error;
      expect(midBody.name).toBe('TimeoutError');
    },
  );

  it('gives a 204 that says it is compressed an empty body instead of failing to decode it', async () => {
    const res = await leanFetch(`${base}/empty-gzip`);
    expect(res.status).toBe(204);
    expect(res.body).toBeNull();
  });

  it('rejects when the connection drops mid-answer', async () => {
    await expect(leanFetch(`${base}/drop`)).rejects.toThrow();
  });

  it('hands bodies it does not cover (streams) to the platform fetch', async () => {
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode('streamed'));
        c.close();
      },
    });
    const res = await leanFetch(`${base}/json`, {
      method: 'POST',
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(await res.json()).toEqual({ echo: 'streamed' });
  });

  it('buffers a Node.js stream body (gaxios uploads) and uses the agent the caller gives', async () => {
    const agentFor: string[] = [];
    const agent = new HttpAgent({ keepAlive: false });
    const res = await leanFetch(`${base}/json`, {
      method: 'POST',
      body: Readable.from([Buffer.from('part one, '), 'part two']),
      agent: (url: URL) => (agentFor.push(url.pathname), agent),
    } as RequestInit);
    expect(await res.json()).toEqual({ echo: 'part one, part two' });
    expect(seen.at(-1)!.headers['content-length']).toBe('18');
    expect(agentFor).toEqual(['/json']);
    agent.destroy();
  });

  it('answers with the url asked and reads a body once, like a platform Response', async () => {
    const res = await leanFetch(`${base}/json?x=1`, { method: 'POST', body: 'b' });
    expect(res.url).toBe(`${base}/json?x=1`);
    const copy = res.clone();
    expect(res.bodyUsed).toBe(false);
    expect(await res.text()).toBe('{"echo":"b"}');
    expect(res.bodyUsed).toBe(true);
    await expect(res.json()).rejects.toThrow(TypeError);
    expect(() => res.clone()).toThrow(TypeError);
    // The clone made before the read still has the whole body.
    expect(await copy.json()).toEqual({ echo: 'b' });
  });
});

/** The lean fetch's Response stand-in against the platform's own, for what the SDKs read. */
describe('BufferedResponse', () => {
  const init = (status: number) => ({
    status,
    statusText: 'x',
    headers: new Headers({ 'content-type': 'application/json; charset=utf-8' }),
    url: 'http://h/p',
  });
  const bodies = [
    Buffer.from('{"a":[1,"é",null]}'),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"bom":true}')]),
    Buffer.from(''),
  ];

  it.each(bodies.map((b, i) => [i, b] as const))(
    'body %i: text/json/bytes equal the platform Response',
    async (_i, bytes) => {
      const platform = () => new Response(bytes, init(200));
      const ours = () => new BufferedResponse(bytes, init(200));
      expect(await ours().text()).toBe(await platform().text());
      expect(new Uint8Array(await ours().arrayBuffer())).toEqual(
        new Uint8Array(await platform().arrayBuffer()),
      );
      expect(await ours().bytes()).toEqual(new Uint8Array(await platform().arrayBuffer()));
      const theirs = await platform()
        .json()
        .catch((e: Error) => e.name);
      const mine = await ours()
        .json()
        .catch((e: Error) => e.name);
      expect(mine).toEqual(theirs);
      expect((await ours().blob()).size).toBe(bytes.length);
    },
  );

  it('has the status fields the SDKs branch on', () => {
    for (const status of [199, 200, 299, 300, 429, 500]) {
      const ours = new BufferedResponse(Buffer.from('{}'), init(status));
      expect(ours.ok).toBe(status >= 200 && status < 300);
      expect(ours.status).toBe(status);
    }
  });

  it('gives a stream body once asked, and reading it uses the body up', async () => {
    const res = new BufferedResponse(Buffer.from('streamed'), init(200));
    expect(res.body).toBe(res.body);
    // Looking at the body does not use it (the Anthropic SDK does that on every answer).
    await new Promise((r) => setImmediate(r));
    expect(res.bodyUsed).toBe(false);
    expect(await res.clone().text()).toBe('streamed');
    expect(res.body!.locked).toBe(false);
    const reader = res.body!.getReader();
    const chunks: Uint8Array[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
    expect(Buffer.concat(chunks).toString()).toBe('streamed');
    expect(res.bodyUsed).toBe(true);
    await expect(res.text()).rejects.toThrow(TypeError);
    expect(new BufferedResponse(null, init(204)).body).toBeNull();
  });

  it('a locked stream body cannot be read again or cloned', async () => {
    const res = new BufferedResponse(Buffer.from('x'), init(200));
    res.body!.getReader();
    await expect(res.text()).rejects.toThrow(TypeError);
    expect(() => res.clone()).toThrow(TypeError);
  });
});
