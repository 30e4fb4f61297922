/**
 * npm run bench:webhook — signed Pub/Sub pushes at rising concurrency against the api role
 * (a real child process), with Postgres and Redis really written. autocannon drives the load.
 *
 * Options (env): BENCH_LEVELS=1,8,32,64,128  BENCH_SECONDS=8  BENCH_MAILBOXES=100  BENCH_API_PROCESSES=1
 * Prints one JSON line at the end.
 */
import autocannon from 'autocannon';
import { pushBody } from '../test/fakes/oidc.fake';
import { loadConditions, log, printResult, redisCli, round, sleep } from './lib/infra';
import { Stack } from './lib/stack';

const LEVELS = (process.env.BENCH_LEVELS ?? '1,8,32,64,128').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const MAILBOXES = Number(process.env.BENCH_MAILBOXES ?? 100);
const TARGET = { rps: 3000, p99Ms: 25 };

interface Level {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}

async function main(): Promise<void> {
  const before = loadConditions();
  const stack = await new Stack({ name: 'webhook' }).start();
  try {
    const addresses = await stack.seedMailboxes(MAILBOXES);
    const api = await stack.role('api', 'api').start();
    const token = await stack.pushToken();
    let seq = 0;
    const run = (connections: number, seconds: number) =>
      autocannon({
        url: `${api.url}/api/webhook/gmail`,
        method: 'POST',
        connections,
        duration: seconds,
        timeout: 10,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        requests: [
          {
            setupRequest: (req) => {
              seq++;
              const address = addresses[seq % addresses.length];
              // History ids above every seeded baseline: each push is new work (accepted).
              return { ...req, body: JSON.stringify(pushBody(address, 1_000_000 + seq, `bench-${stack.prefix}-${seq}`)) };
            },
          },
        ],
      });

    log('warm-up: 3 s at 16 connections');
    await run(16, 3);
    const levels: Level[] = [];
    const memory: Record<string, unknown>[] = [];
    for (const connections of LEVELS) {
      api.resetPeak();
      const r = await run(connections, SECONDS);
      const level: Level = {
        connections,
        seconds: SECONDS,
        requests: r.requests.total,
        rps: round(r.requests.total / SECONDS, 0),
        p50Ms: r.latency.p50,
        p90Ms: r.latency.p90,
        p99Ms: r.latency.p99,
        maxMs: r.latency.max,
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
      };
      levels.push(level);
      memory.push({ connections, api: api.memory() });
      log(`c=${connections}: ${level.rps} req/s p50 ${level.p50Ms} ms p99 ${level.p99Ms} ms non2xx ${level.non2xx} errors ${level.errors}`);
    }

    // What was acknowledged must be stored and queued (let requests cut off by the last level land).
    await sleep(1500);
    const stored = Number((await stack.query<{ n: string }>('SELECT count(*) AS n FROM pubsub_notifications'))[0].n);
    const queued = Number(redisCli(stack.redis.port, 'LLEN', `${stack.prefix}:sync:wait`));
    const acked = levels.reduce((n, l) => n + l.requests - l.non2xx, 0);
    const ok = levels.filter((l) => l.p99Ms < TARGET.p99Ms && l.non2xx === 0 && l.errors === 0);
    const best = ok.sort((a, b) => b.rps - a.rps)[0];
    const peak = [...levels].sort((a, b) => b.rps - a.rps)[0];
    printResult({
      bench: 'webhook',
      at: new Date().toISOString(),
      apiProcesses: 1,
      mailboxes: MAILBOXES,
      levels,
      bestRpsWithinP99Target: best ? { connections: best.connections, rps: best.rps, p99Ms: best.p99Ms } : null,
      peak: { connections: peak.connections, rps: peak.rps, p99Ms: peak.p99Ms },
      target: TARGET,
      targetMet: !!best && best.rps >= TARGET.rps,
      integrity: { storedNotifications: stored, syncJobsQueued: queued, measuredAcks: acked, note: 'stored/queued include the 3 s warm-up' },
      memory,
      load: { before, after: loadConditions() },
    });
  } finally {
    await stack.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
