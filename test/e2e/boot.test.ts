import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/core/net/free-port';
import { testEnv } from '../support/env';
import { eventually, http } from '../support/http';
import { runMain } from '../support/run-main';
import { hasRedis } from '../support/services';

describe('entrypoint', () => {
  it('exits non-zero with one line naming the variable when DATABASE_URL is malformed', async () => {
    const run = runMain({ ...testEnv(), DATABASE_URL: 'not a url at all' });
    const code = await run.exited;
    expect(code).not.toBe(0);
    const lines = run.err().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^config error: DATABASE_URL: /);
  }, 30_000);

  it('rejects an unknown role given on the command line', async () => {
    const run = runMain(testEnv(), ['--role=boss']);
    expect(await run.exited).not.toBe(0);
    expect(run.err()).toMatch(/APP_ROLE/);
  }, 30_000);

  for (const role of ['api', 'worker'] as const) {
    it(`boots APP_ROLE=${role} against local Postgres/Redis and answers health`, async () => {
      const port = await freePort();
      const env = {
        ...testEnv({ APP_ROLE: role }),
        PORT: String(port),
        WORKER_HEALTH_PORT: String(port),
        LOG_LEVEL: 'info',
      };
      const run = runMain(env);
      try {
        const res = await eventually(
          async () => {
            const r = await http('GET', `http://127.0.0.1:${port}/api/health`);
            return r.status === 200 ? r : null;
          },
          45_000,
          300,
        );
        expect(res.body.status).toBe('healthy');
        expect(res.body.services).toMatchObject({
          database: 'connected',
          redis: hasRedis() ? 'connected' : 'not_used',
        });
        // JSON logs with the role as a base field.
        const line = run
          .out()
          .split('\n')
          .find((l) => l.startsWith('{'));
        expect(JSON.parse(line!)).toMatchObject({ role, service: 'ai-email-assistant' });
        if (role === 'api') {
          // Correlation id: taken from X-Request-Id, echoed, in the error body and in the logs;
          // the bearer token never reaches the logs.
          const res = await http('POST', `http://127.0.0.1:${port}/api/webhook/gmail`, {
            body: { message: { data: 'e30=', messageId: '1' } },
            headers: {
              authorization: 'Bearer secret.token.value-xyz',
              'x-request-id': 'req-abc-123',
            },
          });
          expect(res.status).toBe(401);
          expect(res.headers.get('x-request-id')).toBe('req-abc-123');
          expect(res.body.error.request_id).toBe('req-abc-123');
          await eventually(async () => run.out().includes('req-abc-123'), 5_000);
          expect(run.out()).not.toContain('secret.token.value-xyz');
        }
      } finally {
        run.child.kill('SIGTERM');
        expect(await run.exited).toBe(0);
      }
    }, 60_000);
  }
});
