import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AnthropicFake } from '../fakes/anthropic.fake.js';
import { OpenAiFake } from '../fakes/openai.fake.js';
import { ErrorCodes } from '../../src/core/errors/app-error.js';
import { LLM_MAX_RESPONSE_BYTES } from '../../src/core/net/sdk-fetch.js';
import { buildLlm, questionEmail } from './llm-harness.js';

const VALID = '{"category":"needs_reply","confidence":0.9,"reasoning":"asks a question"}';

// The LLM SDKs' dispatcher (core/net/sdk-fetch.ts) reads HTTP(S)_PROXY and NO_PROXY when a
// provider is built; the fakes listen on http://, so HTTP_PROXY applies.
describe('LLM SDK transport: HTTP(S)_PROXY and the response cap', () => {
  const openai = new OpenAiFake();
  const claude = new AnthropicFake();
  let proxy: Server;
  let proxyUrl = '';
  const seen: string[] = [];
  const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };

  beforeAll(async () => {
    await Promise.all([openai.start(), claude.start()]);
    // A proxy that tunnels (CONNECT) and forwards absolute-form requests alike.
    proxy = createServer((req, res) => {
      const target = new URL(req.url ?? '');
      seen.push(target.host);
      const upstream = request(target, { method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', () => res.destroy());
      req.pipe(upstream);
    });
    proxy.on('connect', (req, client, head) => {
      seen.push(req.url ?? '');
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host, () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    await new Promise<void>((r) => proxy.listen(0, '127.0.0.1', r));
    proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    process.env.HTTP_PROXY = proxyUrl;
    delete process.env.NO_PROXY;
  });
  afterAll(async () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
    proxy.closeAllConnections();
    await new Promise((r) => proxy.close(r));
    await Promise.all([openai.stop(), claude.stop()]);
  });
  beforeEach(() => {
    seen.length = 0;
    openai.reset();
    claude.reset();
  });

  it('sends OpenAI calls through the proxy', async () => {
    openai.respondWith(() => ({ text: VALID }));
    const { service } = buildLlm({
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      LLM_FALLBACK_PROVIDER: 'none',
    });
    expect((await service.classify(questionEmail())).category).toBe('needs_reply');
    expect(openai.requests).toHaveLength(1);
    expect(seen).toContain(new URL(openai.baseURL).host);
  });

  it('sends Anthropic calls through the proxy', async () => {
    claude.respondWith(() => ({ text: VALID }));
    const { service } = buildLlm({
      LLM_PROVIDER: 'anthropic',
      ANTHROPIC_API_KEY: claude.apiKey,
      ANTHROPIC_BASE_URL: claude.baseURL,
      LLM_FALLBACK_PROVIDER: 'none',
    });
    expect((await service.classify(questionEmail())).category).toBe('needs_reply');
    expect(claude.requests).toHaveLength(1);
    expect(seen).toContain(new URL(claude.baseURL).host);
  });

  it('goes direct for a host in NO_PROXY', async () => {
    process.env.NO_PROXY = '127.0.0.1';
    try {
      openai.respondWith(() => ({ text: VALID }));
      const { service } = buildLlm({
        LLM_PROVIDER: 'openai',
        OPENAI_API_KEY: openai.apiKey,
        OPENAI_BASE_URL: openai.baseURL,
        LLM_FALLBACK_PROVIDER: 'none',
      });
      expect((await service.classify(questionEmail())).category).toBe('needs_reply');
      expect(openai.requests).toHaveLength(1);
      expect(seen).toEqual([]);
    } finally {
      delete process.env.NO_PROXY;
    }
  });

  it('refuses an answer larger than the response cap instead of buffering it', async () => {
    delete process.env.HTTP_PROXY;
    try {
      const huge = 'x'.repeat(LLM_MAX_RESPONSE_BYTES + 1024);
      openai.respondWith(() => ({ text: huge }));
      const { service } = buildLlm({
        LLM_PROVIDER: 'openai',
        OPENAI_API_KEY: openai.apiKey,
        OPENAI_BASE_URL: openai.baseURL,
        LLM_FALLBACK_PROVIDER: 'none',
      });
      const error = await service.classify(questionEmail()).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ code: ErrorCodes.LLM_UNAVAILABLE });
      expect(causeCodes(error)).toContain('UND_ERR_RES_EXCEEDED_MAX_SIZE');
      expect(openai.requests).toHaveLength(1);
    } finally {
      process.env.HTTP_PROXY = proxyUrl;
    }
  });
});

/** `code` of the error and of each error in its cause chain. */
function causeCodes(error: unknown): unknown[] {
  const codes: unknown[] = [];
  for (let e = error; e instanceof Error; e = e.cause) codes.push((e as { code?: unknown }).code);
  return codes;
}
