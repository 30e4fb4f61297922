import { randomBytes } from 'node:crypto';
import { testRedisUrl } from './services.js';

/**
 * Environment for an app under test: the run's throw-away database and a private Redis prefix
 * (no REDIS_URL at all when the machine has no Redis: see services.ts).
 */
export function testEnv(overrides: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl)
    throw new Error('TEST_DATABASE_URL is not set: run tests through vitest (global setup)');
  return {
    APP_ROLE: 'all',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl,
    REDIS_URL: testRedisUrl(),
    QUEUE_PREFIX: `t${randomBytes(4).toString('hex')}`,
    TOKEN_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    SCHEDULERS_ENABLED: 'false',
    RETRY_BACKOFF_SCALE: '0.001',
    // Tests send the same fixture mail to many mailboxes and count LLM calls: the shared
    // classification cache would answer all but the first. Its own tests turn it on.
    CLASSIFICATION_CACHE_TTL_HOURS: '0',
    // The api role refuses to boot without them; tests that push set the OIDC fake's values.
    PUBSUB_AUDIENCE: 'https://test.invalid/api/webhook/gmail',
    PUBSUB_SERVICE_ACCOUNT_EMAIL: 'push@test.example.com',
    ...overrides,
  };
}
