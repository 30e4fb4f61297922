/**
 * npm run bench:webhook — signed Pub/Sub pushes at rising concurrency against the api role
 * (a real child process, compiled), with Postgres and Redis really written. wrk (C, as pgbench's
 * clients are; Debian's `wrk` package) drives the load over 127.0.0.1 (bench/lib/wrk.ts). At each
 * level pgbench runs a one-row durable INSERT into the same table shape on the same server, with
 * the same client count and duration, just before and just after the pushes
 * (bench/lib/pgbench.ts): verified, stored pushes per second are reported as a ratio to the
 * database's own single-row INSERT rate. Three reference servers take the same pushes at each
 * level, each a layer less than the webhook: the webhook's work without the framework
 * (bench/lib/webhook-floor.ts), a durable store alone (bench/lib/durable-floor.ts) and HTTP alone
 * (bench/lib/http-floor.ts). The gaps between them say what each layer costs on this host.
 *
 * Env knobs: BENCH_LEVELS=8,16,32,64  BENCH_SECONDS=8  BENCH_MAILBOXES=100
 *            BENCH_API_PROCESSES=1 (API_PROCESSES of the api: >1 forks that many behind one port;
 *            their CPU is counted as the api's)
 *            BENCH_FLOOR_IN_FLIGHT=2 (batches the durable floor keeps in flight; the webhook's is 2)
 *            BENCH_FLOOR_ENQUEUE_AFTER_ACK=1 (the webhook floor answers before it enqueues)
 *            BENCH_ENV='{"LOG_LEVEL":"info"}' (extra env for the api; the stack's default is warn,
 *            production's info, which writes one request line per push)
 * Prints one JSON line at the end (see docs/BENCHMARKS.md for how to read it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { CpuMeter, reapedChildrenSeconds } from './lib/cpu.js';
import { loadConditions, log, printResult, redisCli, round, rssMiB, sleep } from './lib/infra.js';
import { gitState } from './lib/git.js';
import { durableFloor } from './lib/durable-floor.js';
import { httpFloor } from './lib/http-floor.js';
import { webhookFloor } from './lib/webhook-floor.js';
import { PgbenchReference } from './lib/pgbench.js';
import { roleNodeBinary, shippedNodeFlags, shippedNodeOptions } from './lib/roles.js';
import { Stack } from './lib/stack.js';
import { runBench } from './lib/run.js';
import { requireWrk, wrkRun } from './lib/wrk.js';

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
  requireWrk();
  const before = loadConditions();
  const stack = await new Stack({ name: 'webhook', env: EXTRA_ENV }).start();
  const closers: (() => Promise<void>)[] = [];
  try {
    const addresses = await stack.seedMailboxes(MAILBOXES);
    const pgbench = await new PgbenchReference(stack.dir, stack.env()).start();
    closers.push(() => pgbench.close());
    const floor = await httpFloor(stack.dir).start();
    closers.push(() => floor.close());
    const durable = await durableFloor(pgbench.databaseUrl, stack.dir).start();
    closers.push(() => durable.close());
    const lean = await webhookFloor(
      { databaseUrl: stack.db.url, redisUrl: stack.redis.url, queuePrefix: `${stack.prefix}floor` },
      stack.dir,
    ).start();
    closers.push(() => lean.close());
    const floorPushes = { addresses, historyBase: 1_000_000 };
    // Their pools' connections and a warm JIT before the first measured level, as the api's.
    await durable.run(8, 1, floorPushes, 'warm-up');
    await lean.run(8, 1, floorPushes, 'warm-up');
    const api = await stack.role('api', 'api', { API_PROCESSES: String(API_PROCESSES) }).start();
    const token = await stack.pushToken();
    const meter = new CpuMeter([
      { name: 'api', pids: () => withChildren(api.pid) },
      { name: 'postgres', pids: () => stack.backendPids() },
      { name: 'redis', pids: () => (stack.redis.proc.pid ? [stack.redis.proc.pid] : []) },
      { name: 'loadgen', seconds: reapedChildrenSeconds },
    ]);
    let run = 0;
    let acked = 0;
    const pushes = async (connections: number, seconds: number) => {
      const result = await wrkRun(
        stack.dir,
        {
          url: `${api.url}/api/webhook/gmail`,
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          idPrefix: `bench-${stack.prefix}-${++run}`,
          push: { addresses, historyBase: 1_000_000 + run * 10_000_000 },
        },
        connections,
        seconds,
      );
      acked += result.ok;
      return result;
    };

    log('warm-up: 3 s at 16 connections');
    await pushes(16, 3);

    // The framework's own floor on this machine: a route that touches neither Postgres nor Redis.
    await meter.begin();
    const live = await wrkRun(
      stack.dir,
      { url: `${api.url}/api/health/live`, idPrefix: 'live' },
      32,
      5,
    );
    const liveCpu = await meter.end();
    const reference = {
      route: 'GET /api/health/live',
      connections: 32,
      rps: live.rps,
      p50Ms: live.p50Ms,
      p99Ms: live.p99Ms,
      apiCpuMsPerRequest: round(
        (liveCpu.cores.api * liveCpu.wallSeconds * 1000) / Math.max(1, live.ok),
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
      // A few seconds suffice for servers with less to do.
      const floorSeconds = Math.min(SECONDS, 4);
      const tag = String(connections);
      const bare = await floor.run(connections, floorSeconds, floorPushes, tag);
      const durableRun = await durable.run(connections, floorSeconds, floorPushes, tag);
      const leanRun = await lean.run(connections, floorSeconds, floorPushes, tag, {
        authorization: `Bearer ${token}`,
      });
      const perRequest = (core: number) =>
        round((core * cpu.wallSeconds * 1000) / Math.max(1, r.ok + r.non2xx), 3);
      const level = {
        connections,
        seconds: r.seconds,
        requests: r.ok + r.non2xx,
        rps: r.rps,
        pgbench: {
          tpsBefore: pgBefore.tps,
          tpsAfter: pgAfter.tps,
          latencyAvgMs: [pgBefore.latencyAvgMs, pgAfter.latencyAvgMs],
        },
        ratioToPgbench: round(r.rps / pgTps, 2),
        httpFloor: { ...bare, ratioToPgbench: round(bare.rps / pgTps, 2) },
        ratioToHttpFloor: round(r.rps / Math.max(1, bare.rps), 2),
        durableFloor: { ...durableRun, ratioToPgbench: round(durableRun.rps / pgTps, 2) },
        webhookFloor: { ...leanRun, ratioToPgbench: round(leanRun.rps / pgTps, 2) },
        p50Ms: r.p50Ms,
        p90Ms: r.p90Ms,
        p99Ms: r.p99Ms,
        maxMs: r.maxMs,
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
        `c=${connections}: ${level.rps} req/s (pgbench ${pgBefore.tps}/${pgAfter.tps} tps, ratio ${level.ratioToPgbench}; bare HTTP ${bare.rps} req/s = ${level.httpFloor.ratioToPgbench}× pgbench; bare durable ${durableRun.rps} req/s p99 ${durableRun.p99Ms} ms = ${level.durableFloor.ratioToPgbench}×, failed ${durableRun.non2xx + durableRun.errors + durableRun.timeouts}; webhook floor ${leanRun.rps} req/s p99 ${leanRun.p99Ms} ms = ${level.webhookFloor.ratioToPgbench}×, failed ${leanRun.non2xx + leanRun.errors + leanRun.timeouts}) p50 ${level.p50Ms} ms p99 ${level.p99Ms} ms non2xx ${level.non2xx} errors ${level.errors} | ` +
          `cpu ms/req api ${level.cpuMsPerRequest.api} pg ${level.cpuMsPerRequest.postgres} redis ${level.cpuMsPerRequest.redis} | others busy ${cpu.othersBusyCores} cores`,
      );
    }

    // What was acknowledged must be stored, and each mailbox must have its sync waiting: sync
    // jobs coalesce per mailbox, so the queue holds one per mailbox however many pushes came
    // (let requests cut off by the last level land first).
    await sleep(1500);
    const stored = Number(
      // The api's pushes only: the webhook floor stores into the same table.
      (
        await stack.query<{ n: string }>(
          'SELECT count(*) AS n FROM pubsub_notifications WHERE pubsub_message_id LIKE $1',
          [`bench-${stack.prefix}-%`],
        )
      )[0].n,
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
      floors: {
        durableInFlight: Number(process.env.BENCH_FLOOR_IN_FLIGHT ?? 2),
        webhookEnqueueAfterAck: process.env.BENCH_FLOOR_ENQUEUE_AFTER_ACK === '1',
      },
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
