/**
 * npm run bench:fleet — what a large, idle fleet of connected mailboxes costs: N mailboxes
 * connected in bulk through `gmail:connect import` (the built CLI, against the Gmail fake), then
 * the worker role left alone with its schedulers on (safety-net syncs, watch renewals,
 * reconcilers, gauges) and no mail arriving.
 *
 * Reported: the import's duration; worker + Postgres CPU as % of one core over idle windows
 * that together cover one safety-net sync period (the median window, and each); Gmail quota
 * units and token refreshes per mailbox per day (from the fake's request log, scaled from the
 * windows); how evenly the work is spread (busiest second vs the mean; due times per tenth of
 * the period).
 *
 * The windows start after one sync period: the worker's first period is a cold one (each mailbox's
 * first sync in a new process fetches an access token).
 * Env knobs: BENCH_FLEET=10000 BENCH_WINDOWS=3 BENCH_SETTLE_SECONDS=<one sync period>
 *            BENCH_SYNC_MINUTES=5 (GMAIL_SYNC_INTERVAL_MINUTES) BENCH_IMPORT_ARGS="" (extra CLI args)
 * Prints one JSON line at the end.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CpuMeter } from './lib/cpu.js';
import { gitState } from './lib/git.js';
import { loadConditions, log, printResult, ROOT, round, sleep } from './lib/infra.js';
import { trackQuota } from './lib/mail-load.js';
import { distDir, roleNodeBinary } from './lib/roles.js';
import { Stack } from './lib/stack.js';
import { runBench } from './lib/run.js';

const FLEET = Number(process.env.BENCH_FLEET ?? 10_000);
const WINDOWS = Number(process.env.BENCH_WINDOWS ?? 3);
const SYNC_MINUTES = Number(process.env.BENCH_SYNC_MINUTES ?? 5);
const SETTLE_SECONDS = Number(process.env.BENCH_SETTLE_SECONDS ?? SYNC_MINUTES * 60);
const IMPORT_ARGS = (process.env.BENCH_IMPORT_ARGS ?? '').split(' ').filter(Boolean);
const DAY_SECONDS = 86_400;
const TARGET = { cpuPercentOfOneCore: 10 };

/** Runs the built gmail:connect CLI with the stack's environment; resolves with its exit and output. */
function runImport(stack: Stack, file: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      roleNodeBinary(),
      [join(distDir(), 'src', 'cli', 'gmail-connect.js'), 'import', file, ...IMPORT_ARGS],
      { cwd: ROOT, env: { ...process.env, ...stack.env({ NODE_ENV: 'production' }) } },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => resolve({ code, out: out.slice(-2000) }));
  });
}

async function main(): Promise<void> {
  const before = loadConditions();
  const stack = await new Stack({
    name: 'fleet',
    env: {
      SCHEDULERS_ENABLED: 'true',
      GMAIL_PUBSUB_TOPIC: 'projects/bench/topics/gmail',
      GMAIL_SYNC_INTERVAL_MINUTES: String(SYNC_MINUTES),
    },
  }).start();
  try {
    // Grants as another system's consent flow would hand them over: one JSON line each.
    const grants = Array.from({ length: FLEET }, (_, i) => {
      const { refreshToken } = stack.gmail.addMailbox(`fleet${i}.${stack.prefix}@bench.example`);
      return JSON.stringify({ refresh_token: refreshToken });
    });
    const file = join(stack.dir, 'grants.jsonl');
    writeFileSync(file, `${grants.join('\n')}\n`, { mode: 0o600 });
    log(`import: ${FLEET} grants through gmail:connect import`);
    const importStart = Date.now();
    const imported = await runImport(stack, file);
    const importSeconds = round((Date.now() - importStart) / 1000, 1);
    const [{ n: connected }] = await stack.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM mailboxes WHERE status = 'active' AND watch_expires_at IS NOT NULL`,
    );
    log(`import: exit ${imported.code}, ${connected} connected and watched in ${importSeconds} s`);

    const quota = trackQuota(stack.gmail);
    const worker = await stack.role('worker', 'worker').start();
    log(`worker idle: settling ${SETTLE_SECONDS} s`);
    await sleep(SETTLE_SECONDS * 1000);

    const meter = new CpuMeter([
      { name: 'worker', pids: () => (worker.pid ? [worker.pid] : []) },
      { name: 'postgres', pids: () => stack.backendPids() },
      { name: 'redis', pids: () => (stack.redis.proc.pid ? [stack.redis.proc.pid] : []) },
    ]);
    const windowSeconds = (SYNC_MINUTES * 60) / WINDOWS;
    const windows = [];
    for (let w = 0; w < WINDOWS; w++) {
      const from = Date.now();
      const tokens0 = quota.tokenRefreshes;
      await meter.begin();
      await sleep(windowSeconds * 1000);
      const cpu = await meter.end();
      const to = Date.now();
      const seconds = (to - from) / 1000;
      const perMailboxDay = (n: number) => round((n / FLEET / seconds) * DAY_SECONDS, 1);
      // Gmail calls per second within the window: an even spread keeps the busiest near the mean.
      const perSecond = new Map<number, number>();
      let units = 0;
      let calls = 0;
      for (const list of quota.calls.values())
        for (const [t, u] of list) {
          if (t < from || t >= to) continue;
          units += u;
          calls++;
          const s = Math.floor((t - from) / 1000);
          perSecond.set(s, (perSecond.get(s) ?? 0) + 1);
        }
      const busiest = Math.max(0, ...perSecond.values());
      const window = {
        seconds: round(seconds, 1),
        cpuPercentOfOneCore: {
          workerAndPostgres: round(100 * (cpu.cores.worker + cpu.cores.postgres), 1),
          worker: round(100 * cpu.cores.worker, 1),
          postgres: round(100 * cpu.cores.postgres, 1),
          redis: round(100 * cpu.cores.redis, 1),
        },
        gmailCallsPerSecond: { mean: round(calls / seconds, 1), busiestSecond: busiest },
        gmailUnitsPerMailboxPerDay: perMailboxDay(units),
        tokenRefreshesPerMailboxPerDay: perMailboxDay(quota.tokenRefreshes - tokens0),
        othersBusyCores: cpu.othersBusyCores,
        workerRssMiB: worker.memory().rssNowMiB,
      };
      windows.push(window);
      log(
        `window ${w + 1}/${WINDOWS}: worker+pg ${window.cpuPercentOfOneCore.workerAndPostgres} % of a core ` +
          `(worker ${window.cpuPercentOfOneCore.worker}, pg ${window.cpuPercentOfOneCore.postgres}), ` +
          `Gmail ${window.gmailUnitsPerMailboxPerDay} units/mailbox/day, busiest second ${busiest} calls ` +
          `(mean ${window.gmailCallsPerSecond.mean}); others busy ${cpu.othersBusyCores} cores`,
      );
    }
    const median = <T>(xs: T[], key: (x: T) => number): number =>
      [...xs].map(key).sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const period = SYNC_MINUTES * 60;
    const bins = await stack.query<{ bin: number; n: number }>(
      `SELECT floor(mod(extract(epoch FROM sync_due_at)::numeric, $1) / $1 * 10)::int AS bin, count(*)::int AS n
         FROM mailboxes WHERE status = 'active' AND sync_due_at IS NOT NULL GROUP BY 1 ORDER BY 1`,
      [period],
    );
    const cpuMedian = median(windows, (w) => w.cpuPercentOfOneCore.workerAndPostgres);
    printResult({
      bench: 'fleet',
      at: new Date().toISOString(),
      git: gitState(),
      mailboxes: FLEET,
      syncIntervalMinutes: SYNC_MINUTES,
      import: {
        exitCode: imported.code,
        seconds: importSeconds,
        connectedAndWatched: connected,
        perSecond: round(connected / importSeconds, 1),
        output: imported.code === 0 ? undefined : imported.out,
      },
      idle: {
        windows,
        median: {
          cpuPercentOfOneCore: cpuMedian,
          gmailUnitsPerMailboxPerDay: median(windows, (w) => w.gmailUnitsPerMailboxPerDay),
          tokenRefreshesPerMailboxPerDay: median(windows, (w) => w.tokenRefreshesPerMailboxPerDay),
        },
        syncDueTimesPerTenthOfPeriod: bins.map((b) => b.n),
      },
      target: TARGET,
      targetMet: cpuMedian <= TARGET.cpuPercentOfOneCore,
      load: { before, after: loadConditions() },
    });
  } finally {
    await stack.close();
  }
}

runBench(main);
