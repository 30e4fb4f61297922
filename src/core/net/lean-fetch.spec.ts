import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLeanFetch } from './lean-fetch';

/** The SDKs' fetch over node:http must behave like the platform fetch for what they use. */
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
        const path = req.url ?? '/';
        if (path === '/json') {
          res.writeHead(201, { 'content-type': 'application/json', 'x-request-id': 'req_1', 'set-cookie': ['a=1', 'b=2'] });
          res.end(JSON.stringify({ echo: body }));
        } else if (path === '/gzip') {
          res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
          res.end(gzipSync(JSON.stringify({ zipped: true })));
        } else if (path === '/empty') {
          res.writeHead(204);
          res.end();
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
    const res = await leanFetch(`${base}/json`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer k' }, body: '{"q":1}' });
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
    const res = await leanFetch(new URL(`${base}/limited`), { method: 'POST', body: new TextEncoder().encode('{}') });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(await res.text()).toContain('slow down');
  });

  it('decodes a compressed answer and gives 204 no body', async () => {
    const zipped = await leanFetch(`${base}/gzip`);
    expect(zipped.headers.get('content-encoding')).toBeNull();
    expect(await zipped.json()).toEqual({ zipped: true });
    const empty = await leanFetch(`${base}/empty`, { method: 'DELETE' });
    expect(empty.status).toBe(204);
    expect(empty.body).toBeNull();
  });

  it('rejects with an AbortError when the signal fires, as the SDKs expect', async () => {
    const started = Date.now();
    const error = await leanFetch(`${base}/slow`, { signal: AbortSignal.timeout(100) }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('AbortError');
    expect(Date.now() - started).toBeLessThan(1_500);
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
    const res = await leanFetch(`${base}/json`, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect(await res.json()).toEqual({ echo: 'streamed' });
  });
});
