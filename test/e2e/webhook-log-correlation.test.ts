import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OidcFake, pushBody } from '../fakes/oidc.fake.js';
import { startApp, TestApp } from '../support/app-harness.js';
import { eventually, http } from '../support/http.js';

/**
 * Pushes are stored in batches that serve many requests at once; a line logged about one push
 * must carry that push's correlation id, not the id of whichever request started the batch.
 */
describe('webhook log lines under batching', () => {
  const oidc = new OidcFake();
  const file = join(mkdtempSync(join(tmpdir(), 'webhook-logs-')), 'app.log');
  let t: TestApp;

  beforeAll(async () => {
    await oidc.start();
    t = await startApp({
      APP_ROLE: 'api',
      LOG_LEVEL: 'warn',
      LOG_FILE: file,
      PUBSUB_AUDIENCE: OidcFake.audience,
      PUBSUB_SERVICE_ACCOUNT_EMAIL: OidcFake.serviceAccount,
      GOOGLE_OIDC_JWKS_URL: oidc.url,
    });
  });
  afterAll(async () => {
    await t?.close();
    await oidc.stop();
  });

  it('names each push’s own correlation id in the unknown-mailbox warning', async () => {
    const token = await oidc.token();
    const n = 12;
    const results = await Promise.all(
      Array.from({ length: n }, (_, i) =>
        http('POST', `${t.url}/api/webhook/gmail`, {
          body: pushBody(`stranger-${i}@example.org`, 5, `corr-msg-${i}`),
          headers: { authorization: `Bearer ${token}`, 'x-request-id': `corr-req-${i}` },
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(n).fill(204));
    const warnings = await eventually(async () => {
      const lines = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => l.includes('corr-msg-'))
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      return lines.length === n ? lines : null;
    });
    for (const w of warnings) {
      const i = String(w.pubsubMessageId).replace('corr-msg-', '');
      expect(w).toMatchObject({
        level: 40,
        correlationId: `corr-req-${i}`,
        context: 'WebhookService',
      });
      // Not bound to some request: the line carries no other request's `req`.
      expect(w.req).toBeUndefined();
    }
  });
});
