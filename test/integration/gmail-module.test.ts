import { randomBytes } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigModule } from '../../src/core/config/config.module.js';
import { loadConfigSlice, loadConfigSlices } from '../../src/core/config/load-config.js';
import { QueueConfig } from '../../src/core/queue/queue.config.js';
import { testRedisUrl } from '../support/services.js';
import { metricProviders } from '../../src/core/metrics/metrics.providers.js';
import { DraftComposer } from '../../src/modules/gmail/draft-composer.js';
import { GmailClient } from '../../src/modules/gmail/gmail-client.port.js';
import { GmailGoogleapisAdapter } from '../../src/modules/gmail/gmail-googleapis.adapter.js';
import { GmailQuotaService } from '../../src/modules/gmail/gmail-quota.service.js';
import { GmailConfig } from '../../src/modules/gmail/gmail.config.js';
import { GmailModule } from '../../src/modules/gmail/gmail.module.js';
import { TokenCipher } from '../../src/modules/mailbox-credentials/token-cipher.service.js';
import { TokenKeyConfig } from '../../src/modules/mailbox-credentials/token-key.config.js';
import { GmailFake } from '../fakes/gmail/gmail.fake.js';

// Proves the Nest wiring (decorator metadata, metric and config injection) with the real module.
const fake = new GmailFake();

describe('GmailModule', () => {
  let app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>;

  beforeAll(async () => {
    await fake.start();
    // Only the slices GmailModule reads: wiring that injected any other one would fail here.
    const slices = { gmail: GmailConfig, queue: QueueConfig };
    const config = loadConfigSlices(slices, {
      GMAIL_API_ROOT_URL: fake.rootUrl,
      GOOGLE_OAUTH_TOKEN_URL: fake.tokenUrl,
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: `tm${randomBytes(4).toString('hex')}`,
    });

    // A stand-in for the global MetricsModule the app provides.
    @Global()
    @Module({ providers: metricProviders, exports: metricProviders })
    class TestMetricsModule {}

    @Module({ imports: [ConfigModule.forRoot(slices, config), TestMetricsModule, GmailModule] })
    class RootModule {}

    app = await NestFactory.createApplicationContext(RootModule, { logger: false });
  });

  afterAll(async () => {
    await app?.close();
    await fake.stop();
  });

  it('exports the port bound to the googleapis adapter, and the helpers', async () => {
    const gmail = app.get(GmailClient);
    expect(gmail).toBeInstanceOf(GmailGoogleapisAdapter);
    expect(app.get(GmailQuotaService)).toBeInstanceOf(GmailQuotaService);
    expect(app.get(DraftComposer)).toBeInstanceOf(DraftComposer);
    // The grant's cipher is the mailbox-credentials module's now; the adapter takes plain tokens.
    expect(() => app.get(TokenCipher)).toThrow();
    const cipher = new TokenCipher(
      loadConfigSlice(TokenKeyConfig, { TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64') }),
    );
    const { email, refreshToken } = fake.addMailbox('wired@example.com');
    const creds = {
      mailboxId: 'wired',
      emailAddress: email,
      refreshToken: cipher.decrypt(cipher.encrypt(refreshToken, 'wired'), 'wired'),
    };
    await expect(gmail.getProfile(creds)).resolves.toMatchObject({ emailAddress: email });
  });
});
