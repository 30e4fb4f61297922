import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { freePort } from '../../src/core/net/free-port.js';
import { testEnv } from '../support/env.js';
import { eventually, http } from '../support/http.js';
import { runMain } from '../support/run-main.js';
import { hasRedis } from '../support/services.js';

/**
 * runMain, stopped when the test ends (`finished`: the running test's onTestFinished): a
 * regression that boots instead of exiting is not left running.
 */
function runBounded(finished: (fn: () => void) => void, ...args: Parameters<typeof runMain>) {
  const run = runMain(...args);
  finished(() => {
    if (run.child.exitCode === null) run.child.kill('SIGTERM');
  });
  return run;
}

describe('entrypoint', () => {
  // Refusals before boot: each its own process, sharing nothing, so they run side by side.
  describe.concurrent('command line and settings refused before boot', () => {
    it('exits non-zero with one line naming the variable when DATABASE_URL is malformed', async () => {
      const run = runMain({ ...testEnv(), DATABASE_URL: 'not a url at all' });
      const code = await run.exited;
      expect(code).not.toBe(0);
      const lines = run.err().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^config error: DATABASE_URL: /);
    }, 30_000);

    // A typo used to boot role `all` (the argument was ignored): now exit 2, before any setting.
    it.for<[string[], string]>([
      [['wrkr'], 'unknown role "wrkr" (api, worker or all)'],
      [['--role=boss'], 'unknown role "boss" (api, worker or all)'],
      [['--rolle=api'], "Unknown option '--rolle'"],
      [['api', 'worker'], 'unexpected argument "worker"'],
      [['api', '--role=worker'], 'two different roles given (argument and --role)'],
    ])(
      'refuses the command line %j with exit 2 and one line',
      { timeout: 30_000 },
      async ([args, message], { onTestFinished }) => {
        const run = runBounded(onTestFinished, testEnv(), args);
        expect(await run.exited).toBe(2);
        expect(run.err()).toBe(`main.js: ${message} (--help for usage)\n`);
        expect(run.out()).toBe('');
      },
    );

    it('--help prints the usage and exits 0 without booting or reading settings', async ({
      onTestFinished,
    }) => {
      const run = runBounded(onTestFinished, { DATABASE_URL: 'not a url at all' }, ['--help']);
      expect(await run.exited).toBe(0);
      expect(run.out()).toMatch(/^Usage: node dist\/src\/main\.js \[api\|worker\|all\]/);
      expect(run.err()).toBe('');
    }, 30_000);
  });

  describe('.env (ENV_FILE)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eas-boot-env-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const envFile = (text: string) => {
      const file = join(dir, `${Math.random().toString(36).slice(2)}.env`);
      writeFileSync(file, text);
      return file;
    };
    // Were .env ignored, the boot would stop on the missing DATABASE_URL instead.
    const withoutDatabase = () => ({ ...testEnv(), DATABASE_URL: undefined });

    it('validates what .env sets: a bad PORT and DATABASE_URL there stop the boot (78)', async () => {
      const ENV_FILE = envFile('PORT=notaport\nDATABASE_URL=mysql://x\n');
      const run = runBounded(onTestFinished, { ...withoutDatabase(), ENV_FILE });
      expect(await run.exited).toBe(78);
      const lines = run.err().trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^config error: PORT: .*; DATABASE_URL: /);
      expect(run.err()).not.toContain('mysql://x');
    }, 30_000);

    it('a malformed .env stops the boot with one line (78) without echoing it', async () => {
      const ENV_FILE = envFile('PORT=3000\nOPENAI_API_KEY sk-secret\n');
      const run = runBounded(onTestFinished, { ...testEnv(), ENV_FILE });
      expect(await run.exited).toBe(78);
      expect(run.err()).toBe(`config error: ${ENV_FILE}: line 2: expected KEY=value\n`);
    }, 30_000);

    it('boots with the values from .env; the process environment wins', async () => {
      const port = await freePort();
      const ENV_FILE = envFile(
        `APP_ROLE=worker\nWORKER_HEALTH_PORT=${port}\nDATABASE_URL=mysql://x\n`,
      );
      // DATABASE_URL and APP_ROLE come from the environment (testEnv), the port from .env.
      const run = runMain({ ...testEnv({ APP_ROLE: 'worker' }), ENV_FILE });
      try {
        await eventually(
          async () =>
            (await http('GET', `http://127.0.0.1:${port}/api/health/live`)).status === 200,
          45_000,
          300,
        );
      } finally {
        run.child.kill('SIGTERM');
      }
      expect(await run.exited, run.err()).toBe(0);
    }, 60_000);
  });

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
