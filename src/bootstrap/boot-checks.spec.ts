import { describe, expect, it } from 'vitest';
import { loadAppConfig } from '../app/app-config.js';
import { apiRoleProblems } from './boot-checks.js';

const PUSH = {
  PUBSUB_AUDIENCE: 'https://example.com/api/webhook/gmail',
  PUBSUB_SERVICE_ACCOUNT_EMAIL: 'push@example.iam.gserviceaccount.com',
};
const problems = (env: Record<string, string>) => apiRoleProblems(loadAppConfig(env));

describe('apiRoleProblems', () => {
  it('names each missing push setting for the api and all roles', () => {
    expect(problems({ APP_ROLE: 'api' })).toEqual([
      expect.stringMatching(
        /^PUBSUB_AUDIENCE, PUBSUB_SERVICE_ACCOUNT_EMAIL: required by the api role/,
      ),
    ]);
    expect(problems({ APP_ROLE: 'all', PUBSUB_AUDIENCE: PUSH.PUBSUB_AUDIENCE })).toEqual([
      expect.stringMatching(/^PUBSUB_SERVICE_ACCOUNT_EMAIL: required by the all role/),
    ]);
  });

  it('has nothing to say when both are set, the webhook is off, or the role is worker', () => {
    expect(problems({ APP_ROLE: 'api', ...PUSH })).toEqual([]);
    expect(problems({ APP_ROLE: 'api', WEBHOOK_ENABLED: 'false' })).toEqual([]);
    expect(problems({ APP_ROLE: 'worker' })).toEqual([]);
  });
});
