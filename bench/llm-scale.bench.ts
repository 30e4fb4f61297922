/**
 * npm run bench:llm-scale — can one worker process use a large LLM account? Per level (RPM,
 * TPM): a fresh stack (database, Redis, api + one worker), the OpenAI fake answering after a
 * log-normal latency (median 2 s, p99 10 s, seeded) behind the level's RPM/TPM token buckets
 * with OpenAI's rate-limit headers and 429 + Retry-After; the worker configured with
 * LLM_RATE_LIMIT_RPM/TPM at the limits and nothing else (its concurrency sizes itself). Mail
 * supply: the job queues paused, enough needs-reply emails for the whole level pushed through
 * the api, then the queues let go, so the api is idle while the worker is measured.
 *
 * Per level, over the steady window after the ramp: LLM calls/s accepted by the fake against the
 * binding limit (ratio), emails/s drafted, 429s, worker RSS peak, event-loop delay p99 inside
 * the worker (prom-client's nodejs_eventloop_lag_p99_seconds, scraped every 5 s: each scrape
 * covers the 5 s before it), database connections in use (pg_stat_activity of the bench's
 * database: active or in a transaction), jobs active and LLM calls in flight, the worker's
 * concurrency (its pipeline_stage_concurrency gauge) and back-offs, CPU per process;
 * per drafted email the worker's CPU (and its system part), Postgres transactions and Redis
 * commands.
 *
 * Env knobs: BENCH_LEVELS="1000:2000000,3000:6000000,10000:20000000,10000:2000000" (RPM:TPM)
 *   BENCH_RAMP_SECONDS=25 BENCH_STEADY_SECONDS=60 BENCH_MAILBOXES=100 BENCH_SEED=1
 *   BENCH_LLM_MEDIAN_MS=2000 BENCH_LLM_P99_MS=10000 BENCH_ENV='{"PIPELINE_MAX_CONCURRENCY":"800"}'
 * Target (the issue's): ≥ 95 % of the allowed rate, no 429 storm, RSS ≤ 512 MiB, event-loop
 * delay p99 < 50 ms. Prints one JSON line.
 */
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { QueueName } from '../src/core/queue/queue.constants.js';
import { logNormalLatency, logNormalParams } from '../test/fakes/latency.js';
import { rateLimited } from '../test/fakes/llm-rate-limits.js';
import { OpenAiFake } from '../test/fakes/openai.fake.js';
import { CpuMeter } from './lib/cpu.js';
import { gitState } from './lib/git.js';
import {
  cpuTimes,
  hostSpeedMs,
  loadConditions,
  log,
  printResult,
  round,
  sleep,
} from './lib/infra.js';
import { needsReplyAnswer } from './lib/llm-answers.js';
import { drive, question, trackDrafts } from './lib/mail-load.js';
import { runBench } from './lib/run.js';
import { Stack } from './lib/stack.js';
import { workPer } from './lib/work.js';

const LEVELS = (
  process.env.BENCH_LEVELS ?? '1000:2000000,3000:6000000,10000:20000000,10000:2000000'
)
  .split(',')
  .map((l) => l.split(':').map(Number))
  .map(([rpm, tpm]) => ({ rpm, tpm }));
const RAMP_S = Number(process.env.BENCH_RAMP_SECONDS ?? 25);
const STEADY_S = Number(process.env.BENCH_STEADY_SECONDS ?? 60);
const MAILBOXES = Number(process.env.BENCH_MAILBOXES ?? 100);
const SEED = Number(process.env.BENCH_SEED ?? 1);
const LATENCY = {
  medianMs: Number(process.env.BENCH_LLM_MEDIAN_MS ?? 2000),
  p99Ms: Number(process.env.BENCH_LLM_P99_MS ?? 10_000),
};
const TARGET = { shareOfAllowed: 0.95, rssMiB: 512, eventLoopP99Ms: 50 };
/** Tokens the fake counts per call of this bench's prompts, for sizing the mail supply. */
const TOKENS_PER_CALL_GUESS = 700;
const EXTRA_ENV = JSON.parse(process.env.BENCH_ENV ?? '{}') as Record<string, string>;

const median = (values: number[]) =>
  values.length ? [...values].sort((a, b) => a - b)[values.length >> 1] : NaN;

/** What the worker's metrics say: event-loop delay p99, its concurrency, its back-offs so far. */
interface WorkerReading {
  lagP99Ms?: number;
  concurrency?: number;
  backOffs: number;
}

async function scrapeWorker(url: string): Promise<WorkerReading | undefined> {
  try {
    const text = await (await fetch(`${url}/api/metrics`)).text();
    const value = (pattern: RegExp) => {
      const m = pattern.exec(text);
      return m ? Number(m[1]) : undefined;
    };
    const lag = value(/^nodejs_eventloop_lag_p99_seconds\s+([0-9.eE+-]+)$/m);
    let backOffs = 0;
    for (const m of text.matchAll(
      /^pipeline_stage_concurrency_backoffs_total\{[^}]*\}\s+(\d+)$/gm,
    )) {
      backOffs += Number(m[1]);
    }
    return {
      lagP99Ms: lag === undefined ? undefined : lag * 1000,
      concurrency: value(/^pipeline_stage_concurrency\s+(\d+)$/m),
      backOffs,
    };
  } catch {
    return undefined;
  }
}

/** When each draft was stored, over all levels (each level counts those in its window). */
const drafts: number[] = [];

async function level(
  openai: OpenAiFake,
  rpm: number,
  tpm: number,
): Promise<Record<string, unknown>> {
  const { responder, stats } = rateLimited(
    { rpm, tpm, latencyMs: logNormalLatency({ ...LATENCY, seed: SEED }) },
    needsReplyAnswer,
  );
  openai.reset();
  openai.respondWith(responder);
  // Enough mail for the whole level at the binding limit (two calls per email), and a margin.
  const callsPerSecond = Math.min(rpm / 60, tpm / 60 / TOKENS_PER_CALL_GUESS);
  const emails = Math.ceil(((callsPerSecond / 2) * (RAMP_S + STEADY_S + 10) * 1.25) / 10) * 10;
  const stack = await new Stack({
    name: `llm-scale-${rpm}`,
    env: {
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      LLM_FALLBACK_PROVIDER: 'none',
      LLM_RATE_LIMIT_RPM: String(rpm),
      LLM_RATE_LIMIT_TPM: String(tpm),
      DAILY_DRAFT_CAP: '100000',
      DAILY_LLM_CALL_CAP: '100000000',
      ...EXTRA_ENV,
    },
  }).start();
  const connection = new Redis(stack.redis.url, { maxRetriesPerRequest: null });
  const defaultQueue = new Queue(QueueName.Default, { connection, prefix: stack.prefix });
  try {
    const api = await stack.role('api', 'api').start();
    const worker = await stack.role('worker', 'worker').start();
    const addresses = await stack.seedMailboxes(MAILBOXES, `l${rpm}`);
    log(
      `level ${rpm} RPM / ${tpm} TPM: ${emails} emails over ${MAILBOXES} mailboxes, queues paused`,
    );
    const queues = await stack.pausedQueues();
    let non204 = 0;
    await drive(emails, 32, async (i) => {
      const address = addresses[i % addresses.length];
      const d = stack.gmail.deliver(address, question(i, `s${rpm}`));
      if ((await stack.push(api.url, address, d.historyId)) !== 204) non204++;
    }).catch(async (error: unknown) => {
      await queues.resume();
      throw error;
    });
    const meter = new CpuMeter([
      { name: 'worker', pids: () => (worker.pid ? [worker.pid] : []) },
      { name: 'api', pids: () => (api.pid ? [api.pid] : []) },
      { name: 'postgres', pids: () => stack.backendPids() },
      { name: 'redis', pids: () => (stack.redis.proc.pid ? [stack.redis.proc.pid] : []) },
      { name: 'fakes+driver', pids: () => [process.pid] },
    ]);
    const speedBefore = hostSpeedMs();
    const t0 = Date.now();
    await queues.resume();
    log(`level ${rpm}: resumed; ramp ${RAMP_S} s, then ${STEADY_S} s measured`);
    const from = t0 + RAMP_S * 1000;
    const until = from + STEADY_S * 1000;
    const lag: number[] = [];
    const sizes: number[] = [];
    const connections: { inUse: number; total: number }[] = [];
    const active: number[] = [];
    const inFlight: number[] = [];
    let measuring = false;
    const samplers = [
      (async () => {
        while (Date.now() < until) {
          await sleep(5_000);
          const reading = await scrapeWorker(worker.url);
          if (measuring && reading?.lagP99Ms !== undefined) lag.push(reading.lagP99Ms);
          if (measuring && reading?.concurrency !== undefined) sizes.push(reading.concurrency);
        }
      })(),
      (async () => {
        while (Date.now() < until) {
          const [row] = await stack.query<{ in_use: number; total: number }>(
            `SELECT count(*) FILTER (WHERE state <> 'idle')::int AS in_use, count(*)::int AS total
               FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
            [stack.db.name],
          );
          if (measuring) {
            connections.push({ inUse: row.in_use, total: row.total });
            inFlight.push(openai.inFlight);
            active.push(await defaultQueue.getActiveCount());
          }
          await sleep(250);
        }
      })(),
    ];
    await sleep(Math.max(0, from - Date.now()));
    worker.resetPeak();
    await meter.begin();
    const workBefore = await stack.workCounters();
    const workerCpuBefore = cpuTimes(worker.pid) ?? { user: 0, system: 0 };
    measuring = true;
    // The first scrape in the window covers the ramp's last seconds: start from a fresh one.
    const first = await scrapeWorker(worker.url);
    await sleep(Math.max(0, until - Date.now()));
    measuring = false;
    const last = await scrapeWorker(worker.url);
    const cpu = await meter.end();
    const workAfter = await stack.workCounters();
    const workerCpuAfter = cpuTimes(worker.pid) ?? workerCpuBefore;
    await Promise.all(samplers);
    const memory = worker.memory();
    const hostSpeed = { beforeMs: speedBefore, afterMs: hostSpeedMs() };

    const inWindow = (t: number) => t >= from && t <= until;
    const okCalls = stats.okTimes.filter(inWindow).length;
    const tokens = stats.okTimes.reduce((n, t, i) => (inWindow(t) ? n + stats.okTokens[i] : n), 0);
    const rejected = stats.rejectedTimes.filter(inWindow).length;
    const tokensPerCall = tokens / Math.max(1, okCalls);
    const allowedCallsPerSecond = Math.min(rpm / 60, tpm / 60 / tokensPerCall);
    const callsPerSecond = okCalls / STEADY_S;
    const share = callsPerSecond / allowedCallsPerSecond;
    const drafted = drafts.filter(inWindow).length;
    const perEmail = (n: number) => round(n / Math.max(1, drafted), 1);
    const workerUser = workerCpuAfter.user - workerCpuBefore.user;
    const workerSystem = workerCpuAfter.system - workerCpuBefore.system;
    const result = {
      rpm,
      tpm,
      binding: rpm / 60 <= tpm / 60 / tokensPerCall ? 'rpm' : 'tpm',
      emailsSupplied: emails,
      pushesNot204: non204,
      steadySeconds: STEADY_S,
      llmCallsPerMinute: round(callsPerSecond * 60, 0),
      allowedCallsPerMinute: round(allowedCallsPerSecond * 60, 0),
      shareOfAllowed: round(share, 3),
      tokensPerCall: round(tokensPerCall, 0),
      tokensPerMinute: round((tokens / STEADY_S) * 60, 0),
      emailsPerSecond: round(drafted / STEADY_S, 1),
      llm429: {
        inWindow: rejected,
        total: stats.rejected,
        perAcceptedCall: round(rejected / Math.max(1, okCalls), 4),
      },
      latencyDrawnMs: {
        median: median(stats.latencies),
        mean: round(
          stats.latencies.reduce((a, b) => a + b, 0) / Math.max(1, stats.latencies.length),
          0,
        ),
      },
      workerRssPeakMiB: memory.rssPeakMiB,
      eventLoopP99Ms: {
        max: round(Math.max(...lag), 1),
        median: round(median(lag), 1),
        scrapes: lag.length,
      },
      dbConnections: {
        inUseMax: Math.max(...connections.map((c) => c.inUse)),
        inUseMedian: median(connections.map((c) => c.inUse)),
        openMax: Math.max(...connections.map((c) => c.total)),
      },
      jobsActive: { max: Math.max(...active), median: median(active) },
      // The worker's own sizing (StageConcurrency), scraped every 5 s, and its back-offs.
      concurrency: {
        min: Math.min(...sizes),
        median: median(sizes),
        backOffsInWindow: first && last ? last.backOffs - first.backOffs : undefined,
        backOffsTotal: last?.backOffs ?? 0,
      },
      llmInFlight: { max: Math.max(...inFlight), median: median(inFlight) },
      cpu,
      // Per drafted email in the window: the worker's CPU (user and system), round trips.
      perEmail: {
        workerCpuMs: perEmail((workerUser + workerSystem) * 1000),
        workerSystemMs: perEmail(workerSystem * 1000),
        ...workPer(workBefore, workAfter, drafted),
      },
      hostSpeed,
      targetMet:
        share >= TARGET.shareOfAllowed &&
        rejected <= 0.01 * okCalls &&
        memory.rssPeakMiB <= TARGET.rssMiB &&
        Math.max(...lag) < TARGET.eventLoopP99Ms,
    };
    log(
      `level ${rpm}/${tpm}: ${result.llmCallsPerMinute}/${result.allowedCallsPerMinute} calls/min (${round(100 * share, 1)} %, ${result.binding}), ` +
        `${result.emailsPerSecond} emails/s, 429 ${rejected}, RSS ${memory.rssPeakMiB} MiB, loop p99 max ${result.eventLoopP99Ms.max} ms, ` +
        `db in use max ${result.dbConnections.inUseMax}, jobs active ${result.jobsActive.median}, in flight ${result.llmInFlight.median}, ` +
        `concurrency min ${result.concurrency.min} median ${result.concurrency.median}, back-offs ${result.concurrency.backOffsInWindow} (${result.concurrency.backOffsTotal} in all), ` +
        `worker ${result.perEmail.workerCpuMs} ms CPU per email (system ${result.perEmail.workerSystemMs}), ` +
        `${result.perEmail.pgTransactions} pg transactions and ${result.perEmail.redisCommands} Redis commands per email`,
    );
    return result;
  } finally {
    await defaultQueue.close().catch(() => undefined);
    await connection.quit().catch(() => undefined);
    await stack.close();
  }
}

async function main(): Promise<void> {
  const before = loadConditions();
  trackDrafts((_key, at) => drafts.push(at));
  const openai = new OpenAiFake();
  await openai.start();
  const levels: Record<string, unknown>[] = [];
  try {
    for (const { rpm, tpm } of LEVELS) levels.push(await level(openai, rpm, tpm));
  } finally {
    await openai.stop();
  }
  printResult({
    bench: 'llm-scale',
    at: new Date().toISOString(),
    git: gitState(),
    latency: { ...LATENCY, seed: SEED, meanMs: round(logNormalParams(LATENCY).meanMs, 0) },
    rampSeconds: RAMP_S,
    extraEnv: EXTRA_ENV,
    target: TARGET,
    levels,
    targetMet: levels.every((l) => l.targetMet),
    load: { before, after: loadConditions() },
  });
}

runBench(main);
