import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfigSlice } from '../../core/config/load-config.js';
import { AppError } from '../../core/errors/app-error.js';
import { OidcFake } from '../../../test/fakes/oidc.fake.js';
import { OidcVerifier, verifiedTokenCache } from './oidc-verifier.service.js';
import { WebhookConfig } from './webhook.config.js';

describe('OidcVerifier token cache', () => {
  const oidc = new OidcFake();
  beforeAll(() => oidc.start());
  afterAll(() => oidc.stop());
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  const verifier = (env: Record<string, string> = {}) =>
    new OidcVerifier(
      loadConfigSlice(WebhookConfig, {
        PUBSUB_AUDIENCE: OidcFake.audience,
        PUBSUB_SERVICE_ACCOUNT_EMAIL: OidcFake.serviceAccount,
        GOOGLE_OIDC_JWKS_URL: oidc.url,
        OIDC_JWKS_COOLDOWN_MS: '0',
        ...env,
      }),
    );
  // jose checks RS256 signatures with WebCrypto: counting these calls counts signature checks.
  const signatureChecks = () => vi.spyOn(globalThis.crypto.subtle, 'verify');
  const rejection = async (promise: Promise<unknown>) => {
    const error = await promise.then(
      () => expect.unreachable('expected a rejection'),
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  };

  it('checks the signature of a token once, then answers from the cache', async () => {
    const v = verifier();
    const token = await oidc.token();
    const checks = signatureChecks();
    const first = await v.verify(`Bearer ${token}`);
    const second = await v.verify(`Bearer ${token}`);
    expect(second).toEqual(first);
    expect(second.email).toBe(OidcFake.serviceAccount);
    expect(checks).toHaveBeenCalledTimes(1);
  });

  it('shares one verification between concurrent pushes carrying a new token', async () => {
    const v = verifier();
    const token = await oidc.token();
    const checks = signatureChecks();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => v.verify(`Bearer ${token}`)),
    );
    expect(results.every((p) => p.email === OidcFake.serviceAccount)).toBe(true);
    expect(checks).toHaveBeenCalledTimes(1);
  });

  it('rejects a cached token once it expires, with the same 30 s tolerance as jose', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const v = verifier();
    const exp = Math.floor(Date.now() / 1000) + 60;
    const token = await oidc.token({ expiresIn: exp });
    const checks = signatureChecks();
    await v.verify(`Bearer ${token}`);

    vi.setSystemTime((exp + 29) * 1000);
    await expect(v.verify(`Bearer ${token}`)).resolves.toMatchObject({ exp });
    vi.setSystemTime((exp + 30) * 1000);
    const error = await rejection(v.verify(`Bearer ${token}`));
    expect(error.status).toBe(401);
    expect(error.message).toBe('Pub/Sub push rejected: token expired');
    expect(checks).toHaveBeenCalledTimes(1);
  });

  it('verifies a different token on its own, and its claims still count', async () => {
    const v = verifier();
    const good = await oidc.token();
    await v.verify(`Bearer ${good}`);
    const checks = signatureChecks();

    const other = await oidc.token({ sub: 'another-subject' });
    await expect(v.verify(`Bearer ${other}`)).resolves.toMatchObject({ sub: 'another-subject' });
    const wrongEmail = await oidc.token({ email: 'other@project.iam.gserviceaccount.com' });
    expect((await rejection(v.verify(`Bearer ${wrongEmail}`))).status).toBe(401);
    const wrongAudience = await oidc.token({ aud: 'https://evil.example.com' });
    expect((await rejection(v.verify(`Bearer ${wrongAudience}`))).status).toBe(401);
    expect(checks).toHaveBeenCalledTimes(3);
  });

  it('does not remember failures: a rejected token is checked again on every push', async () => {
    const v = verifier();
    const forged = await oidc.token({}, { forged: true });
    const checks = signatureChecks();
    for (let i = 0; i < 3; i++) {
      const error = await rejection(v.verify(`Bearer ${forged}`));
      expect(error.message).toBe('Pub/Sub push rejected: bad signature');
    }
    expect(checks).toHaveBeenCalledTimes(3);
  });

  it('re-checks the signature once the age cap has passed', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const v = verifier({ OIDC_TOKEN_CACHE_SECONDS: '60' });
    const token = await oidc.token();
    const checks = signatureChecks();
    await v.verify(`Bearer ${token}`);
    vi.setSystemTime(Date.now() + 59_000);
    await v.verify(`Bearer ${token}`);
    expect(checks).toHaveBeenCalledTimes(1);
    vi.setSystemTime(Date.now() + 2_000);
    await v.verify(`Bearer ${token}`);
    expect(checks).toHaveBeenCalledTimes(2);
  });

  it('keeps at most OIDC_TOKEN_CACHE_SIZE tokens, evicting the oldest', async () => {
    const v = verifier({ OIDC_TOKEN_CACHE_SIZE: '2' });
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((sub) => oidc.token({ sub })));
    for (const token of [a, b, c]) await v.verify(`Bearer ${token}`);
    const checks = signatureChecks();
    await v.verify(`Bearer ${c}`);
    await v.verify(`Bearer ${b}`);
    expect(checks).toHaveBeenCalledTimes(0);
    await v.verify(`Bearer ${a}`);
    expect(checks).toHaveBeenCalledTimes(1);
  });

  it('refuses a token issued longer ago than OIDC_MAX_TOKEN_AGE_SECONDS, even with a later exp', async () => {
    const v = verifier();
    const now = Math.floor(Date.now() / 1000);
    const old = await oidc.token({ iat: now - 3600 - 31, expiresIn: now + 600 });
    const error = await rejection(v.verify(`Bearer ${old}`));
    expect(error.status).toBe(401);
    expect(error.message).toBe('Pub/Sub push rejected: token too old');
    const recent = await oidc.token({ iat: now - 3600 + 60, expiresIn: now + 600 });
    await expect(v.verify(`Bearer ${recent}`)).resolves.toMatchObject({ sub: '1234567890' });
  });

  it('refuses a token issued in the future (beyond the skew) or without iat', async () => {
    const v = verifier();
    const now = Math.floor(Date.now() / 1000);
    const future = await oidc.token({ iat: now + 120 });
    expect((await rejection(v.verify(`Bearer ${future}`))).message).toBe(
      'Pub/Sub push rejected: claim "iat" invalid',
    );
    const noIat = await oidc.token({ iat: undefined });
    expect((await rejection(v.verify(`Bearer ${noIat}`))).message).toBe(
      'Pub/Sub push rejected: claim "iat" invalid',
    );
  });

  it('refuses a cached token once it is too old, without re-checking its signature', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const v = verifier({ OIDC_MAX_TOKEN_AGE_SECONDS: '120', OIDC_TOKEN_CACHE_SECONDS: '3600' });
    const iat = Math.floor(Date.now() / 1000);
    const token = await oidc.token({ iat });
    const checks = signatureChecks();
    await v.verify(`Bearer ${token}`);
    vi.setSystemTime((iat + 150) * 1000);
    await expect(v.verify(`Bearer ${token}`)).resolves.toMatchObject({ iat });
    vi.setSystemTime((iat + 151) * 1000);
    const error = await rejection(v.verify(`Bearer ${token}`));
    expect(error.message).toBe('Pub/Sub push rejected: token too old');
    expect(checks).toHaveBeenCalledTimes(1);
  });

  it('checks every push when the cache is off (OIDC_TOKEN_CACHE_SIZE=0)', async () => {
    const v = verifier({ OIDC_TOKEN_CACHE_SIZE: '0' });
    const token = await oidc.token();
    const checks = signatureChecks();
    await v.verify(`Bearer ${token}`);
    await v.verify(`Bearer ${token}`);
    expect(checks).toHaveBeenCalledTimes(2);
  });
});

describe('verifiedTokenCache', () => {
  it('is bounded: the least recently used entry makes room for a new one', () => {
    const cache = verifiedTokenCache(3, 60_000);
    for (let i = 0; i < 10; i++) cache.set(`k${i}`, { sub: String(i) });
    expect(cache.size).toBe(3);
    expect(cache.get('k6')).toBeUndefined();
    expect(cache.get('k9')).toEqual({ sub: '9' });
  });

  it('forgets an entry at its age cap, on the wall clock', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const cache = verifiedTokenCache(3, 1_000);
      cache.set('k', { sub: 'x' });
      vi.setSystemTime(Date.now() + 1_000);
      expect(cache.get('k')).toEqual({ sub: 'x' });
      vi.setSystemTime(Date.now() + 1);
      expect(cache.get('k')).toBeUndefined();
      expect(cache.size).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
