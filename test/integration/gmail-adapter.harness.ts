import { randomBytes } from 'node:crypto';
import { Counter, Gauge, Registry } from 'prom-client';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { LoadedSlices } from '../../src/core/config/config-slice.js';
import { loadConfigSlices } from '../../src/core/config/load-config.js';
import { QueueConfig } from '../../src/core/queue/queue.config.js';
import { testRedisUrl } from '../support/services.js';
import { AppError } from '../../src/core/errors/app-error.js';
import type { GmailCredentials } from '../../src/modules/gmail/gmail-client.port.js';
import {
  GmailGoogleapisAdapter,
  type GmailAdapterOptions,
} from '../../src/modules/gmail/gmail-googleapis.adapter.js';
import { GmailQuotaService } from '../../src/modules/gmail/gmail-quota.service.js';
import { GmailConfig } from '../../src/modules/gmail/gmail.config.js';
import { GmailFake } from '../fakes/gmail/gmail.fake.js';

/**
 * The real googleapis + google-auth-library stack against the local Gmail fake and the
 * machine's Redis (quota), with metrics in a private registry. Call inside a test file:
 * registers its own beforeAll/afterEach/afterAll hooks.
 */
export function useGmailAdapterHarness() {
  const fake = new GmailFake({ clientId: 'test-client', clientSecret: 'test-secret' });
  const quotas: GmailQuotaService[] = [];
  const slices = { gmail: GmailConfig, queue: QueueConfig };
  let config: LoadedSlices<typeof slices>;
  let registry = new Registry();
  let seq = 0;

  beforeAll(async () => {
    await fake.start();
    config = loadConfigSlices(slices, {
      GMAIL_API_ROOT_URL: fake.rootUrl,
      GOOGLE_OAUTH_TOKEN_URL: fake.tokenUrl,
      GOOGLE_OAUTH_CLIENT_ID: 'test-client',
      GOOGLE_OAUTH_CLIENT_SECRET: 'test-secret',
      REDIS_URL: testRedisUrl(),
      QUEUE_PREFIX: `tg${randomBytes(4).toString('hex')}`,
    });
  });
  afterEach(async () => {
    await Promise.all(quotas.splice(0).map((q) => q.onModuleDestroy()));
  });
  afterAll(async () => {
    await fake.stop();
  });

  function makeAdapter(options: GmailAdapterOptions = {}): GmailGoogleapisAdapter {
    registry = new Registry();
    const gauge = (name: string) => new Gauge({ name, help: name, registers: [registry] });
    const quota = new GmailQuotaService(
      config.gmail,
      config.queue,
      gauge('gmail_api_quota_used'),
      gauge('gmail_api_quota_limit'),
    );
    quotas.push(quota);
    const calls = new Counter({
      name: 'gmail_api_calls_total',
      help: 'c',
      labelNames: ['endpoint', 'status'],
      registers: [registry],
    });
    const units = new Counter({
      name: 'gmail_api_quota_units_total',
      help: 'u',
      labelNames: ['endpoint'],
      registers: [registry],
    });
    return new GmailGoogleapisAdapter(config.gmail, quota, calls, units, options);
  }

  /** Value of a series in the registry of the adapter made last. */
  async function metric(name: string, labels: Record<string, string>): Promise<number> {
    const values = (await registry.getSingleMetric(name)!.get()).values;
    const match = values.find((v) =>
      Object.entries(labels).every(([k, val]) => v.labels[k] === val),
    );
    return match?.value ?? 0;
  }

  function newMailbox(): GmailCredentials {
    seq += 1;
    const email = `user${seq}-${randomBytes(3).toString('hex')}@example.com`;
    const { refreshToken } = fake.addMailbox(email);
    return {
      mailboxId: `mb-${seq}-${randomBytes(3).toString('hex')}`,
      emailAddress: email,
      refreshToken,
    };
  }

  return { fake, makeAdapter, metric, newMailbox };
}

/** The AppError a promise rejects with (fails the test if it resolves or throws something else). */
export async function caught(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
