import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/core/net/free-port.js';
import { eventually, http } from '../support/http.js';
import { runMain } from '../support/run-main.js';
import { testEnv } from '../support/env.js';

/**
 * A body over HTTP_BODY_LIMIT_BYTES gets a 413 the client can read, not a connection closed
 * under it while it is still uploading (the fuzz drill saw EPIPE instead of 413s). The api runs
 * as its own process: in-process, client and server share one event loop and the race between
 * the server's close and the client's upload does not happen.
 */
describe('oversized request bodies', () => {
  let run: ReturnType<typeof runMain>;
  let url: string;
  beforeAll(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    run = runMain({ ...testEnv({ APP_ROLE: 'api' }), PORT: String(port), LOG_LEVEL: 'warn' });
    await eventually(
      async () => (await http('GET', `${url}/api/health/live`).catch(() => null))?.status === 200,
      45_000,
      300,
    );
  }, 60_000);
  afterAll(async () => {
    run?.child.kill('SIGTERM');
    await run?.exited;
  });

  async function post(path: string, body: string): Promise<number | string> {
    try {
      const res = await fetch(`${url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      await res.text();
      return res.status;
    } catch (error) {
      const cause = (error as Error & { cause?: { code?: string } }).cause;
      return `transport error ${cause?.code ?? String(error)}`;
    }
  }

  it('answers 413 to every body up to 8× the limit, and the connection stays usable', async () => {
    const outcomes: (number | string)[] = [];
    for (const size of [1_200_000, 3_000_000, 6_000_000]) {
      const body = `{"x":"${'y'.repeat(size)}"}`;
      for (let i = 0; i < 15; i++) {
        outcomes.push(await post('/api/webhook/gmail', body));
        outcomes.push(
          await post('/api/v1/mailboxes/00000000-0000-4000-8000-000000000001/pause', body),
        );
      }
    }
    expect(outcomes.filter((o) => o !== 413)).toEqual([]);
    expect((await http('GET', `${url}/api/health/live`)).status).toBe(200);
  }, 60_000);
});
