import { createHash, randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OidcFake, pushBody } from '../fakes/oidc.fake.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { expectErrorShape, http } from '../support/http.js';
import { seedMailbox, uniqueAddress } from '../support/seed.js';

const OPERATOR = `o-${randomBytes(12).toString('hex')}`;
const sha = (key: string) => createHash('sha256').update(key).digest('hex');
/** `depth` levels of `{"a":…}` around a valid push or admin body. */
const wrapped = (depth: number, inner: unknown) =>
  '{"a":'.repeat(depth) + JSON.stringify(inner) + '}'.repeat(depth);
const nestedArrays = (depth: number) => `{"message":${'['.repeat(depth)}${']'.repeat(depth)}}`;

describe('deeply nested JSON bodies are answered 400, never 500', () => {
  const oidc = new OidcFake();
  let t: TestApp;
  let address: string;
  beforeAll(async () => {
    await oidc.start();
    t = await startApp({
      APP_ROLE: 'api',
      PUBSUB_AUDIENCE: OidcFake.audience,
      PUBSUB_SERVICE_ACCOUNT_EMAIL: OidcFake.serviceAccount,
      GOOGLE_OIDC_JWKS_URL: oidc.url,
      ADMIN_API_KEYS: `operator:${sha(OPERATOR)}`,
    });
    address = uniqueAddress('deep');
    await seedMailbox(t.app, address, { historyId: '100' });
  });
  afterAll(async () => {
    await t?.close();
    await oidc.stop();
  });

  const push = async (raw: string) =>
    http('POST', `${t.url}/api/webhook/gmail`, {
      rawBody: raw,
      headers: { authorization: `Bearer ${await oidc.token()}` },
    });
  const admin = (raw: string) =>
    http('POST', `${t.url}/api/v1/process-email`, {
      rawBody: raw,
      headers: { 'x-api-key': OPERATOR },
    });

  it('an authenticated push nested 10,000 levels deep (objects or arrays)', async () => {
    for (const raw of [wrapped(10_000, pushBody(address, 101)), nestedArrays(10_000)]) {
      const res = await push(raw);
      expect(res.status).toBe(400);
      expectErrorShape(res.body);
      expect(res.body.error.message).toMatch(/nested deeper than 32 levels/);
    }
  });

  it("an operator's admin body nested 60,000 levels deep", async () => {
    const res = await admin(wrapped(60_000, { email_id: 'x', mailbox: address }));
    expect(res.status).toBe(400);
    expectErrorShape(res.body);
  });

  it('a megabyte of brackets is refused as fast as it is read, and the api keeps serving', async () => {
    const res = await push(`{"message":${'['.repeat(900_000)}`);
    expect(res.status).toBe(400);
    expect((await push(JSON.stringify(pushBody(address, 102)))).status).toBe(204);
  });

  it('bodies within the limit still go through validation as before', async () => {
    expect((await push(wrapped(20, pushBody(address, 103)))).status).toBe(400); // not a push
    const ok = await push(JSON.stringify(pushBody(address, 104)));
    expect(ok.status).toBe(204);
    const res = await admin(JSON.stringify({ email_id: 'x', mailbox: address, extra: [[[[1]]]] }));
    expect(res.status).toBe(400);
    expect(res.body.error.details.fields).toHaveProperty('extra');
  });
});
