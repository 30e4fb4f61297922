import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../src/core/net/free-port.js';
import { testEnv } from '../support/env.js';
import { eventually, http } from '../support/http.js';
import { runMain as runEntrypoint } from '../support/run-main.js';

/** The real entrypoint; cluster forks it again for each api process (pids from its stderr). */
function runMain(env: NodeJS.ProcessEnv, args: string[] = []) {
  const run = runEntrypoint(env, args);
  const pids = () => {
    const m = /api: \d+ processes \(([\d, ]+)\)/.exec(run.err());
    return m ? m[1].split(', ').map(Number) : [];
  };
  return { ...run, pids };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function boot(extra: NodeJS.ProcessEnv = {}) {
  const port = await freePort();
  const run = runMain({
    ...testEnv({ APP_ROLE: 'api' }),
    PORT: String(port),
    API_PROCESSES: '2',
    LOG_LEVEL: 'info',
    ...extra,
  });
  await eventually(
    async () => (await http('GET', `http://127.0.0.1:${port}/api/health/live`)).status === 200,
    60_000,
    300,
  );
  expect(run.pids()).toHaveLength(2);
  return { run, url: `http://127.0.0.1:${port}` };
}

describe('API_PROCESSES=2', () => {
  it('runs two api processes on one port, both answering, and stops them on SIGTERM', async () => {
    const { run, url } = await boot();
    const [a, b] = run.pids();
    try {
      // Health probes are not logged as requests; the webhook is (401 without a token). The
      // second process may still be booting when the first answers: keep asking until both have.
      const servedBy = new Set<number>();
      let sent = 0;
      await eventually(async () => {
        const codes = await Promise.all(
          Array.from({ length: 6 }, () =>
            postFresh(`${url}/api/webhook/gmail`, `cluster-push-${sent++}`),
          ),
        );
        expect(codes.every((c) => c === 401)).toBe(true);
        await new Promise((r) => setTimeout(r, 200));
        for (const line of run.out().split('\n')) {
          if (line.includes('"msg":"request completed"') && line.includes('cluster-push-')) {
            servedBy.add((JSON.parse(line) as { pid: number }).pid);
          }
        }
        return servedBy.size === 2;
      }, 60_000);
      expect([...servedBy].sort()).toEqual([a, b].sort());
    } finally {
      run.child.kill('SIGTERM');
      expect({ code: await run.exited, stderr: run.err() }).toMatchObject({ code: 0 });
    }
    expect(alive(a)).toBe(false);
    expect(alive(b)).toBe(false);
  }, 120_000);

  it('stops the other process and exits 1 when one api process dies', async () => {
    const { run } = await boot();
    const [a, b] = run.pids();
    process.kill(a, 'SIGKILL');
    expect(await run.exited).toBe(1);
    expect(run.err()).toContain(`api process ${a} exited (SIGKILL)`);
    await eventually(async () => !alive(b), 10_000);
  }, 120_000);

  it('is refused for a role other than api', async () => {
    const run = runMain({ ...testEnv({ APP_ROLE: 'worker' }), API_PROCESSES: '2' });
    expect(await run.exited).toBe(78);
    expect(run.err()).toMatch(/^config error: API_PROCESSES: /);
  }, 30_000);
});

/** POST on a connection of its own, so that cluster's round-robin sees a new connection each time. */
function postFresh(url: string, requestId: string): Promise<number> {
  return new Promise((res, rej) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: { 'x-request-id': requestId, 'content-type': 'application/json' },
      },
      (r) => {
        r.resume();
        r.on('end', () => res(r.statusCode ?? 0));
      },
    );
    req.on('error', rej);
    req.end('{}');
  });
}
