import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';

/**
 * Largest answer body accepted from an LLM API (bytes on the wire). A chat completion is a few
 * KiB; the cap only stops a hostile or broken upstream from filling the heap. undici applies it
 * to direct connections and CONNECT tunnels (every https endpoint), not to a plain-http endpoint
 * reached through an HTTP proxy, which forwards over a connection of its own.
 */
export const LLM_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/**
 * The `fetch` and `fetchOptions` options of the OpenAI and Anthropic SDKs, as their docs show
 * them: undici's fetch with an undici dispatcher (the platform fetch bundles its own undici, whose
 * dispatchers need not match this one). EnvHttpProxyAgent honours HTTP(S)_PROXY and NO_PROXY and
 * otherwise keeps one keep-alive pool per origin, of at most `connections` (each request in
 * flight holds one). Undici's own header/body timeouts (300 s by
 * default) follow the SDK timeout, so a long LLM_TIMEOUT_MS is not cut short underneath;
 * the SDK's timeout and the caller's signal still abort the call first.
 */
export function sdkFetchOptions(timeoutMs: number, connections = 64) {
  const dispatcher = new EnvHttpProxyAgent({
    connections,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    maxResponseSize: LLM_MAX_RESPONSE_BYTES,
  });
  // undici's fetch is the platform fetch's implementation; only the DOM lib's types differ.
  return { fetch: undiciFetch as unknown as typeof fetch, fetchOptions: { dispatcher } };
}
