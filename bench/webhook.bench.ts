/**
 * npm run bench:webhook — signed Pub/Sub pushes at rising concurrency against the api role
 * (a real child process, compiled), with Postgres and Redis really written. autocannon drives
 * the load from this process over 127.0.0.1. At each level pgbench runs a one-row durable
 * INSERT into the same table shape on the same server, with the same client count and duration,
 * just before and just after the pushes (bench/lib/pgbench.ts): verified, stored pushes per
 * second are reported as a ratio to the database's own single-row INSERT rate. A bare node:http
 * server that only parses the body (bench/lib/http-floor.ts) runs at each level too: what any
 * HTTP endpoint reaches on this host with this load generator. A bare node:http server that
 * stores each push durably in group commits (bench/lib/durable-floor.ts) runs at each level too:
 * what a durable endpoint reaches here before verification, queueing, framework or logging.
 *
 * Env knobs: BENCH_LEVELS=8,16,32,64  BENCH_SECONDS=8  BENCH_MAILBOXES=100
 *            BENCH_API_PROCESSES=1 (API_PROCESSES of the api: >1 forks that many behind one port;
 *            their CPU is counted as the api's)
 *            BENCH_FLOOR_IN_FLIGHT=2 (batches the durable floor keeps in flight; the webhook's is 2)
 *            BENCH_ENV='{"LOG_LEVEL":"info"}' (extra env for the api; the stack's default is warn,
 *            production's info, which writes one request line per push)
 * Prints one JSON line at the end (see docs/BENCHMARKS.md for how to read it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { pushBody } from '../test/fakes/oidc.fake.js';
import { CpuMeter } from './lib/cpu.js';
import { loadConditions, log, printResult, redisCli, round, rssMiB, sleep } from './lib/infra.js';
import { gitState } from './lib/git.js';
import { DurableFloor } from './lib/durable-floor.js';
import { HttpFloor } from './lib/http-floor.js';
import { PgbenchReference } from './lib/pgbench.js';
import { roleNodeBinary, shippedNodeFlags, shippedNodeOptions } from './lib/roles.js';
import { Stack } from './lib/stack.js';
import { runBench } from './lib/run.js';

const LEVELS = (process.env.BENCH_LEVELS ?? '8,16,32,64').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const MAILBOXES = Number(process.env.BENCH_MAILBOXES ?? 100);
const API_PROCESSES = Number(process.env.BENCH_API_PROCESSES ?? 1);
const EXTRA_ENV = JSON.parse(process.env.BENCH_ENV ?? '{}') as Record<string, string>;
const TARGET = { ratioToPgbench: 1.0, p99Ms: 25 };

/** A process and its children (the api processes a supervisor forked), from /proc. */
function withChildren(pid: number | undefined): number[] {
  if (!pid) return [];
  const children = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [pid, ...children];
}

async function main(): Promise<void> {
  const before = loadConditions();
  const stack = await new Stack({ name: 'webhook', env: EXTRA_ENV }).start();
  const closers: (() => Promise<void>)[] = [];
  try {
    const addresses = await stack.seedMailboxes(MAILBOXES);
    const pgbench = await new PgbenchReference(stack.dir, stack.env()).start();
    closers.push(() => pgbench.close());
    const floor = await new HttpFloor().start();
    closers.push(() => floor.close());
    const durable = await new DurableFloor(pgbench.databaseUrl).start();
    closers.push(() => durable.close());
    const floorPush = (tag: string) => (n: number) =>
      JSON.stringify(pushBody(addresses[n % addresses.length], 1_000_000 + n, `floor-${tag}-${n}`));
    // Its pool's connections and a warm JIT before the first measured level, as the api's.
    await durable.run(8, 1, floorPush('warm-up'));
    const api = await stack.role('api', 'api', { API_PROCESSES: String(API_PROCESSES) }).start();
    const token = await stack.pushToken();
    const meter = new CpuMeter([
      { name: 'api', pids: () => withChildren(api.pid) },
      { name: 'postgres', pids: () => stack.backendPids() },
      { name: 'redis', pids: () => (stack.redis.proc.pid ? [stack.redis.proc.pid] : []) },
      { name: 'loadgen', pids: () => [process.pid] },
    ]);
    let seq = 0;
    let acked = 0;
    const pushes = async (connections: number, seconds: number) => {
      const result = await autocannon({
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
              // History ids above every seeded baseline: each push is new work (stored + enqueued).
              return {
                ...req,
                body: JSON.stringify(
                  pushBody(address, 1_000_000 + seq, `bench-${stack.prefix}-${seq}`),
                ),
              };
            },
          },
        ],
      });
      acked += result['2xx'];
      return result;
    };

    log('warm-up: 3 s at 16 connections');
    await pushes(16, 3);

    // The framework's own floor on this machine: a route that touches neither Postgres nor Redis.
    await meter.begin();
    const live = await autocannon({
      url: `${api.url}/api/health/live`,
      connections: 32,
      duration: 5,
    });
    const liveCpu = await meter.end();
    const reference = {
      route: 'GET /api/health/live',
      connections: 32,
      rps: round(live.requests.total / 5, 0),
      p50Ms: live.latency.p50,
      p99Ms: live.latency.p99,
      apiCpuMsPerRequest: round(
        (liveCpu.cores.api * liveCpu.wallSeconds * 1000) / live.requests.total,
        3,
      ),
      cpu: liveCpu,
    };
    log(`reference ${reference.route}: ${reference.rps} req/s p99 ${reference.p99Ms} ms`);

    const levels = [];
    for (const connections of LEVELS) {
      // Database reference on both sides of the pushes, so a change in the host's speed during
      // the level shows as a gap between the two.
      const pgBefore = await pgbench.run(connections, SECONDS);
      api.resetPeak();
      await meter.begin();
      const r = await pushes(connections, SECONDS);
      const cpu = await meter.end();
      const pgAfter = await pgbench.run(connections, SECONDS);
      const pgTps = (pgBefore.tps + pgAfter.tps) / 2;
      // Same body size as a push; a few seconds suffice for a server that does nothing.
      const bare = await floor.run(
        connections,
        Math.min(SECONDS, 4),
        JSON.stringify(pushBody(addresses[0], 1, 'floor')),
      );
      const durableRun = await durable.run(
        connections,
        Math.min(SECONDS, 4),
        floorPush(String(connections)),
      );
      const perRequest = (core: number) =>
        round((core * cpu.wallSeconds * 1000) / Math.max(1, r.requests.total), 3);
      const level = {
        connections,
        seconds: SECONDS,
        requests: r.requests.total,
        rps: round(r['2xx'] / SECONDS, 0),
        pgbench: {
          tpsBefore: pgBefore.tps,
          tpsAfter: pgAfter.tps,
          latencyAvgMs: [pgBefore.latencyAvgMs, pgAfter.latencyAvgMs],
        },
        ratioToPgbench: round(r['2xx'] / SECONDS / pgTps, 2),
        httpFloor: { ...bare, ratioToPgbench: round(bare.rps / pgTps, 2) },
        ratioToHttpFloor: round(r['2xx'] / SECONDS / Math.max(1, bare.rps), 2),
        durableFloor: { ...durableRun, ratioToPgbench: round(durableRun.rps / pgTps, 2) },
        p50Ms: r.latency.p50,
        p90Ms: r.latency.p90,
        p99Ms: r.latency.p99,
        maxMs: r.latency.max,
        non2xx: r.non2xx,
        errors: r.errors,
        timeouts: r.timeouts,
        cpuMsPerRequest: {
          api: perRequest(cpu.cores.api),
          postgres: perRequest(cpu.cores.postgres),
          redis: perRequest(cpu.cores.redis),
          loadgen: perRequest(cpu.cores.loadgen),
        },
        cpu,
        apiMemory: api.memory(),
        // With API_PROCESSES > 1 the supervisor above is small; these serve the requests.
        apiProcessesRssMiB: withChildren(api.pid).map((pid) => rssMiB(pid)),
      };
      levels.push(level);
      log(
        `c=${connections}: ${level.rps} req/s (pgbench ${pgBefore.tps}/${pgAfter.tps} tps, ratio ${level.ratioToPgbench}; bare HTTP ${bare.rps} req/s = ${level.httpFloor.ratioToPgbench}× pgbench; bare durable ${durableRun.rps} req/s p99 ${durableRun.p99Ms} ms = ${level.durableFloor.ratioToPgbench}×, failed ${durableRun.non2xx + durableRun.errors + durableRun.timeouts}) p50 ${level.p50Ms} ms p99 ${level.p99Ms} ms non2xx ${level.non2xx} errors ${level.errors} | ` +
          `cpu ms/req api ${level.cpuMsPerRequest.api} pg ${level.cpuMsPerRequest.postgres} redis ${level.cpuMsPerRequest.redis} | others busy ${cpu.othersBusyCores} cores`,
      );
    }

    // What was acknowledged must be stored, and each mailbox must have its sync waiting: sync
    // jobs coalesce per mailbox, so the queue holds one per mailbox however many pushes came
    // (let requests cut off by the last level land first).
    await sleep(1500);
    const stored = Number(
      (await stack.query<{ n: string }>('SELECT count(*) AS n FROM pubsub_notifications'))[0].n,
    );
    const queued = Number(redisCli(stack.redis.port, 'LLEN', `${stack.prefix}:sync:wait`));
    const within = levels
      .filter((l) => l.p99Ms < TARGET.p99Ms && l.non2xx === 0 && l.errors === 0)
      .sort((a, b) => b.ratioToPgbench - a.ratioToPgbench)[0];
    const peak = [...levels].sort((a, b) => b.rps - a.rps)[0];
    printResult({
      bench: 'webhook',
      at: new Date().toISOString(),
      git: gitState(),
      apiProcesses: API_PROCESSES,
      env: EXTRA_ENV,
      nodeOptions: shippedNodeOptions('api'),
      nodeFlags: shippedNodeFlags('api'),
      nodeBinary: roleNodeBinary(),
      mailboxes: MAILBOXES,
      reference,
      levels,
      pgbenchSettings: pgbench.settings(),
      bestRatioWithinP99Target: within
        ? {
            connections: within.connections,
            rps: within.rps,
            ratioToPgbench: within.ratioToPgbench,
            p99Ms: within.p99Ms,
          }
        : null,
      peak: { connections: peak.connections, rps: peak.rps, p50Ms: peak.p50Ms, p99Ms: peak.p99Ms },
      target: TARGET,
      targetMet: !!within && within.ratioToPgbench >= TARGET.ratioToPgbench,
      integrity: {
        acked,
        storedNotifications: stored,
        // A request cut off at the end of a level may be stored without its 204 being counted.
        everyAckStored: stored >= acked,
        syncJobsWaiting: queued,
        oneSyncPerMailbox: queued === MAILBOXES,
        note: 'totals include the warm-up',
        // Google's keys are fetched once per api process, not per request (and each distinct
        // token's signature is checked once: OIDC_TOKEN_CACHE_SIZE).
        jwksFetches: stack.oidc.jwksRequests,
      },
      load: { before, after: loadConditions() },
    });
  } finally {
    // Last started, first closed: the durable floor's connections go before pgbench's database.
    for (const close of closers.reverse()) await close();
    await stack.close();
  }
}

runBench(main);
