/**
 * npm run bench:pipeline — emails through classify → generate → draft, end to end: Gmail fake
 * inbox → signed push → api role → sync → worker role(s) → OpenAI fake (real SDK) → Gmail draft.
 *
 * Phases (BENCH_PHASES, default all):
 *   instant  M emails pushed as fast as the webhook takes them, fakes answering at once:
 *            emails/s per worker process and webhook-to-draft latency under a backlog. On this
 *            2-core machine the intake (api, the driver's pushes) shares the cores meanwhile.
 *   drain    the worker's own rate: the job queues paused, M pushes stored by the api, then the
 *            queues resumed; emails/s from the resume to the last draft, the api idle.
 *   paced    the same at half the measured rate: webhook-to-draft latency without a backlog.
 *   llm      the LLM fake at a realistic latency behind RPM/TPM limits, offered more mail than
 *            the limits allow, the workers started with LLM_RATE_LIMIT_RPM/TPM = those limits
 *            (BENCH_LLM_PACING=off: without): LLM throughput vs allowed rate, 429s, Gmail units/s.
 *   quota    one mailbox, instant fakes: the Gmail per-user quota is what binds; units/s per user.
 * Env knobs: BENCH_EMAILS=1000 BENCH_WARMUP=1000 BENCH_HISTORY=0 (handled emails per mailbox) BENCH_WORKERS=1 BENCH_WORKER_CONCURRENCY=16 BENCH_MAILBOXES=50
 *   BENCH_LLM_LATENCY_MS=800 BENCH_LLM_RPM=600 BENCH_LLM_TPM=2000000 BENCH_LLM_SECONDS=60 BENCH_LLM_OFFER=<emails/s>
 *   BENCH_QUOTA_EMAILS=300 BENCH_ENV='{"LLM_RATE_LIMIT_RPM":"600"}' (extra env for the roles)
 * A regression guard: no pass/fail target (the figures that decide cost in production are the
 * webhook, latency and fleet benches'). Prints one JSON line at the end.
 */
import { OpenAiFake } from '../test/fakes/openai.fake.js';
import { CpuMeter } from './lib/cpu.js';
import { gitState } from './lib/git.js';
import { hostSpeedMs, loadConditions, log, printResult, round, sleep } from './lib/infra.js';
import { rateLimited } from '../test/fakes/llm-rate-limits.js';
import {
  draftRates,
  drive,
  latencyStats,
  peakUnits,
  question,
  trackDrafts,
  trackQuota,
} from './lib/mail-load.js';
import {
  roleNodeBinary,
  shippedNodeFlags,
  shippedNodeOptions,
  type RoleProcess,
} from './lib/roles.js';
import { Stack } from './lib/stack.js';
import { workPer } from './lib/work.js';
import { runBench } from './lib/run.js';
import { needsReplyAnswer } from './lib/llm-answers.js';

const PHASES = (process.env.BENCH_PHASES ?? 'instant,drain,paced,llm,quota').split(',');
const EMAILS = Number(process.env.BENCH_EMAILS ?? 1000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const CONCURRENCY = process.env.BENCH_WORKER_CONCURRENCY ?? '16';
const MAILBOXES = Number(process.env.BENCH_MAILBOXES ?? 50);
const LLM = {
  latencyMs: Number(process.env.BENCH_LLM_LATENCY_MS ?? 800),
  rpm: Number(process.env.BENCH_LLM_RPM ?? 600),
  tpm: Number(process.env.BENCH_LLM_TPM ?? 2_000_000),
  seconds: Number(process.env.BENCH_LLM_SECONDS ?? 60),
};
const QUOTA_EMAILS = Number(process.env.BENCH_QUOTA_EMAILS ?? 300);
/** Emails through the pipeline before the instant phase measures (JIT, pools, OAuth tokens). */
const WARMUP = Number(process.env.BENCH_WARMUP ?? 1000);
/** Handled emails each instant-phase mailbox already has (a database in use, not an empty one). */
const HISTORY = Number(process.env.BENCH_HISTORY ?? 0);
/** Warm-up emails actually sent: at least two per mailbox, so every mailbox has its OAuth token. */
const WARM_EMAILS = Math.max(MAILBOXES * 2, WARMUP);
const GMAIL_UNITS_PER_USER_PER_SECOND = 250;
/** Each sync run lists the mailbox's history once (more pages only past 500 changes). */
const HISTORY_LIST = 'GET /gmail/v1/users/me/history';

const answer = needsReplyAnswer;

/** CPU milliseconds per drafted email, per measured process group. */
function cpuMsPerEmail(
  cpu: { cores: Record<string, number>; wallSeconds: number },
  drafted: number,
): Record<string, number> {
  return Object.fromEntries(
    Object.entries(cpu.cores).map(([k, v]) => [
      k,
      round((v * cpu.wallSeconds * 1000) / Math.max(1, drafted), 2),
    ]),
  );
}

async function main(): Promise<void> {
  const before = loadConditions();
  const openai = new OpenAiFake();
  await openai.start();
  openai.respondWith(answer);
  const extraEnv = JSON.parse(process.env.BENCH_ENV ?? '{}') as Record<string, string>;
  const stack = await new Stack({
    name: 'pipeline',
    env: {
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      LLM_FALLBACK_PROVIDER: 'none',
      WORKER_CONCURRENCY: CONCURRENCY,
      DAILY_DRAFT_CAP: '100000',
      // Raised, not off: the budget's statement per LLM call stays in what is measured.
      DAILY_LLM_CALL_CAP: '100000000',
      ...extraEnv,
    },
  }).start();
  const drafts = trackDrafts();
  const quota = trackQuota(stack.gmail);
  const results: Record<string, unknown> = {};
  try {
    const api = await stack.role('api', 'api').start();
    const workers: RoleProcess[] = [];
    /** (Re)starts the worker processes with extra env (the llm phase turns pacing on). */
    const startWorkers = async (env: Record<string, string> = {}) => {
      await Promise.all(workers.map((w) => w.stop()));
      workers.length = 0;
      for (let i = 0; i < WORKERS; i++)
        workers.push(await stack.role('worker', `worker-${i}`, env).start());
    };
    await startWorkers();
    const meter = new CpuMeter([
      { name: 'api', pids: () => (api.pid ? [api.pid] : []) },
      { name: 'workers', pids: () => workers.map((w) => w.pid).filter((p): p is number => !!p) },
      { name: 'postgres', pids: () => stack.backendPids() },
      { name: 'redis', pids: () => (stack.redis.proc.pid ? [stack.redis.proc.pid] : []) },
      { name: 'fakes+driver', pids: () => [process.pid] },
    ]);
    const memory = () => ({ api: api.memory(), workers: workers.map((w) => w.memory()) });
    const resetPeaks = () => [api, ...workers].forEach((p) => p.resetPeak());

    /** Delivers `count` questions over `addresses` and pushes each; resolves with per-thread push times. */
    const offer = async (
      tag: string,
      addresses: string[],
      count: number,
      opts: { rate?: number; concurrency?: number; until?: number } = {},
    ) => {
      const pushedAt = new Map<string, number>();
      let non204 = 0;
      await drive(
        count,
        opts.concurrency ?? 16,
        async (i) => {
          if (opts.until && Date.now() > opts.until) return;
          const address = addresses[i % addresses.length];
          const d = stack.gmail.deliver(address, question(i, tag));
          pushedAt.set(`${address}|${d.threadId}`, Date.now());
          const status = await stack.push(api.url, address, d.historyId);
          if (status !== 204) non204++;
        },
        opts.rate,
      );
      return { pushedAt, non204 };
    };

    /** Webhook-to-draft for the threads of one phase, once they all have a draft (or at the deadline). */
    const settle = async (pushedAt: Map<string, number>, deadline: number) => {
      for (;;) {
        let done = 0;
        for (const key of pushedAt.keys()) if (drafts.created.has(key)) done++;
        if (done === pushedAt.size || Date.now() > deadline) break;
        await sleep(100);
      }
      const latencies: number[] = [];
      let duplicates = 0;
      const draftTimes: number[] = [];
      for (const [key, t] of pushedAt) {
        const times = drafts.created.get(key);
        if (!times) continue;
        latencies.push(times[0] - t);
        duplicates += times.length - 1;
        draftTimes.push(times[0]);
      }
      draftTimes.sort((a, b) => a - b);
      const first = Math.min(...pushedAt.values());
      const last = draftTimes[draftTimes.length - 1] ?? first;
      return {
        drafted: latencies.length,
        duplicates,
        seconds: (last - first) / 1000,
        // How long the pushes took to send (the intake competes with the pipeline meanwhile),
        // and when the first draft came.
        pushSeconds: round((Math.max(...pushedAt.values()) - first) / 1000, 2),
        firstDraftSeconds: round(((draftTimes[0] ?? first) - first) / 1000, 2),
        latency: latencyStats(latencies),
        ...draftRates(draftTimes),
      };
    };

    const failures = async () =>
      (
        await stack.query<{ status: string; n: string }>(
          "SELECT status, count(*) AS n FROM processing_tasks WHERE status NOT IN ('completed') GROUP BY status",
        )
      ).map((r) => `${r.status}:${r.n}`);

    let instantRate = 0;
    let warmed: string[] | undefined;
    /**
     * JIT, pools and per-mailbox OAuth tokens, outside any measurement (once per run); later
     * phases reuse the warmed mailboxes. Returns the mailboxes to use.
     */
    const warmUp = async (fresh: () => Promise<string[]>) => {
      if (warmed) return warmed;
      const addresses = await fresh();
      const warm = await offer('warm', addresses, WARM_EMAILS);
      await settle(warm.pushedAt, Date.now() + 60_000);
      warmed = addresses;
      return addresses;
    };
    if (PHASES.includes('instant')) {
      // Instant is the first phase: its mailboxes are the ones warmed up. The log line comes
      // before the warm-up (bench/callgrind-worker.sh starts counting at it).
      const addresses = await warmUp(async () => {
        const fresh = await stack.seedMailboxes(MAILBOXES, 'inst');
        const history = await stack.seedHistory(fresh, HISTORY);
        if (history) log(`instant: seeded ${history} handled emails of history`);
        log(
          `instant: ${EMAILS} emails over ${MAILBOXES} mailboxes, ${WORKERS} worker(s) × concurrency ${CONCURRENCY}`,
        );
        return fresh;
      });
      resetPeaks();
      const speedBefore = hostSpeedMs();
      const work0 = await stack.workCounters();
      const syncs0 = stack.gmail.count(HISTORY_LIST);
      await meter.begin();
      const { pushedAt, non204 } = await offer('inst', addresses, EMAILS);
      const outcome = await settle(pushedAt, Date.now() + 180_000);
      const cpu = await meter.end();
      const work1 = await stack.workCounters();
      const hostSpeed = { beforeMs: speedBefore, afterMs: hostSpeedMs() };
      instantRate = outcome.drafted / outcome.seconds;
      results.instant = {
        emails: EMAILS,
        mailboxes: MAILBOXES,
        warmup: WARM_EMAILS,
        historyEmails: HISTORY * MAILBOXES,
        hostSpeed,
        ...outcome,
        emailsPerSecond: round(instantRate, 1),
        emailsPerSecondPerWorker: round(instantRate / WORKERS, 1),
        webhookToDraft: outcome.latency,
        pushesNot204: non204,
        notCompleted: await failures(),
        syncRuns: stack.gmail.count(HISTORY_LIST) - syncs0,
        cpu,
        perEmail: {
          ...workPer(work0, work1, outcome.drafted),
          gmailUnits: round(
            [...quota.calls.values()]
              .flat()
              .filter(([t]) => t >= Math.min(...pushedAt.values()))
              .reduce((n, [, u]) => n + u, 0) / Math.max(1, outcome.drafted),
            1,
          ),
          llmCalls: round(openai.requests.length / Math.max(1, outcome.drafted + WARM_EMAILS), 2),
        },
        cpuMsPerEmail: cpuMsPerEmail(cpu, outcome.drafted),
        memory: memory(),
      };
      log(
        `instant: ${round(instantRate, 1)} emails/s (steady ${outcome.steadyPerSecond}, quarters ${outcome.quarterPerSecond.join('/')}; host ${hostSpeed.beforeMs}/${hostSpeed.afterMs} ms), webhook→draft p50 ${outcome.latency.p50Ms} ms p99 ${outcome.latency.p99Ms} ms, dup ${outcome.duplicates}`,
      );
    }

    if (PHASES.includes('drain')) {
      const addresses = await warmUp(() => stack.seedMailboxes(MAILBOXES, 'drain'));
      log(`drain: ${EMAILS} pushes stored with the queues paused, then the worker(s) let go`);
      resetPeaks();
      const queues = await stack.pausedQueues();
      const { pushedAt, non204 } = await offer('drain', addresses, EMAILS).catch(
        async (error: unknown) => {
          await queues.resume(); // never leave the roles' queues paused
          throw error;
        },
      );
      const syncs0 = stack.gmail.count(HISTORY_LIST);
      const speedBefore = hostSpeedMs();
      const work0 = await stack.workCounters();
      await meter.begin();
      const resumedAt = Date.now();
      await queues.resume();
      // settle() times from the first push; here the clock starts at the resume.
      const outcome = await settle(
        new Map([...pushedAt].map(([k]) => [k, resumedAt])),
        Date.now() + 180_000,
      );
      const cpu = await meter.end();
      const work1 = await stack.workCounters();
      const rate = outcome.drafted / outcome.seconds;
      results.drain = {
        emails: EMAILS,
        mailboxes: MAILBOXES,
        hostSpeed: { beforeMs: speedBefore, afterMs: hostSpeedMs() },
        drafted: outcome.drafted,
        duplicates: outcome.duplicates,
        seconds: outcome.seconds,
        firstDraftSeconds: outcome.firstDraftSeconds,
        steadyPerSecond: outcome.steadyPerSecond,
        quarterPerSecond: outcome.quarterPerSecond,
        emailsPerSecond: round(rate, 1),
        emailsPerSecondPerWorker: round(rate / WORKERS, 1),
        pushesNot204: non204,
        notCompleted: await failures(),
        // Pushes that arrive while a mailbox's sync waits share it: here ~one sync per mailbox,
        // each recording that mailbox's whole backlog, fewer and larger than the instant phase's.
        syncRuns: stack.gmail.count(HISTORY_LIST) - syncs0,
        cpu,
        perEmail: workPer(work0, work1, outcome.drafted),
        cpuMsPerEmail: cpuMsPerEmail(cpu, outcome.drafted),
        memory: memory(),
      };
      log(
        `drain: ${round(rate, 1)} emails/s (steady ${outcome.steadyPerSecond}, quarters ${outcome.quarterPerSecond.join('/')}), dup ${outcome.duplicates}`,
      );
    }

    if (PHASES.includes('paced')) {
      const rate = Math.max(5, Math.round((instantRate || 40) / 2));
      const count = Math.min(EMAILS, rate * 20);
      const addresses = await stack.seedMailboxes(MAILBOXES, 'paced');
      log(`paced: ${count} emails at ${rate}/s`);
      resetPeaks();
      await meter.begin();
      const { pushedAt, non204 } = await offer('paced', addresses, count, { rate });
      const outcome = await settle(pushedAt, Date.now() + 120_000);
      const cpu = await meter.end();
      results.paced = {
        emails: count,
        offeredPerSecond: rate,
        ...outcome,
        webhookToDraft: outcome.latency,
        pushesNot204: non204,
        cpu,
        memory: memory(),
      };
      log(`paced: webhook→draft p50 ${outcome.latency.p50Ms} ms p99 ${outcome.latency.p99Ms} ms`);
    }

    if (PHASES.includes('llm')) {
      // The product configured as an operator would: pacing at the account's limits
      // (BENCH_LLM_PACING=off shows what happens without it).
      const pacing = process.env.BENCH_LLM_PACING !== 'off';
      if (pacing)
        await startWorkers({
          LLM_RATE_LIMIT_RPM: String(LLM.rpm),
          LLM_RATE_LIMIT_TPM: String(LLM.tpm),
          ...extraEnv,
        });
      const { responder, stats } = rateLimited(LLM, answer);
      openai.respondWith(responder);
      // Two calls per email; offer 1.5× what RPM allows (BENCH_LLM_OFFER overrides, for TPM-bound runs).
      const allowedEmailsPerSecond = LLM.rpm / 60 / 2;
      const offered = Number(process.env.BENCH_LLM_OFFER ?? round(allowedEmailsPerSecond * 1.5, 2));
      const addresses = await stack.seedMailboxes(MAILBOXES, 'llm');
      log(
        `llm: latency ${LLM.latencyMs} ms, ${LLM.rpm} RPM / ${LLM.tpm} TPM; offering ${offered} emails/s for ${LLM.seconds} s`,
      );
      resetPeaks();
      await meter.begin();
      const t0 = Date.now();
      const until = t0 + LLM.seconds * 1000;
      const { pushedAt, non204 } = await offer('llm', addresses, Math.ceil(offered * LLM.seconds), {
        rate: offered,
        until,
      });
      await sleep(Math.max(0, until - Date.now()));
      const cpu = await meter.end();
      // Steady state: skip the first 15 s (bucket burst, pipeline filling).
      const from = t0 + 15_000;
      const window = (until - from) / 1000;
      const okInWindow = stats.okTimes.filter((t) => t >= from && t <= until).length;
      const tokensInWindow = stats.okTimes.reduce(
        (n, t, i) => (t >= from && t <= until ? n + stats.okTokens[i] : n),
        0,
      );
      const rejectedInWindow = stats.rejectedTimes.filter((t) => t >= from && t <= until).length;
      const allowedPerSecond = LLM.rpm / 60;
      // The binding limit is whichever of RPM and TPM is closer to being used up.
      const share = Math.max(
        okInWindow / window / allowedPerSecond,
        tokensInWindow / window / (LLM.tpm / 60),
      );
      const outcome = await settle(pushedAt, Date.now());
      results.llm = {
        limits: LLM,
        pacing: pacing ? { LLM_RATE_LIMIT_RPM: LLM.rpm, LLM_RATE_LIMIT_TPM: LLM.tpm } : 'off',
        offeredEmailsPerSecond: offered,
        steadyWindowSeconds: round(window, 1),
        llmCallsPerSecond: round(okInWindow / window, 2),
        allowedCallsPerSecond: round(allowedPerSecond, 2),
        tokensPerSecond: round(tokensInWindow / window, 0),
        allowedTokensPerSecond: round(LLM.tpm / 60, 0),
        shareOfAllowed: round(share, 3),
        llm429: {
          total: stats.rejected,
          inWindow: rejectedInWindow,
          perOkCall: round(stats.rejected / Math.max(1, stats.ok), 3),
        },
        draftsInRun: outcome.drafted,
        duplicates: outcome.duplicates,
        emailsPerSecond: round(outcome.drafted / LLM.seconds, 2),
        webhookToDraft: outcome.latency,
        gmail: {
          peakUnitsPerUserPerSecond1s: peakUnits(quota, 1000, t0, until).perSecond,
          peakUnitsPerUserPerSecond60s: peakUnits(quota, 60_000, t0, until).perSecond,
          limitPerUserPerSecond: GMAIL_UNITS_PER_USER_PER_SECOND,
        },
        pushesNot204: non204,
        cpu,
        memory: memory(),
      };
      log(
        `llm: ${round(okInWindow / window, 2)} calls/s of ${round(allowedPerSecond, 2)}, ${round(tokensInWindow / window, 0)} tokens/s of ${round(LLM.tpm / 60, 0)} ` +
          `(binding limit ${round(100 * share, 1)} % used), 429s ${stats.rejected}`,
      );
      openai.respondWith(answer);
      if (pacing) await startWorkers();
    }

    if (PHASES.includes('quota')) {
      const [address] = await stack.seedMailboxes(1, 'quota');
      log(`quota: ${QUOTA_EMAILS} emails into one mailbox`);
      resetPeaks();
      const t0 = Date.now();
      await meter.begin();
      const { pushedAt, non204 } = await offer('quota', [address], QUOTA_EMAILS, {
        concurrency: 4,
      });
      const outcome = await settle(pushedAt, Date.now() + 150_000);
      const cpu = await meter.end();
      const end = Date.now();
      const units = (quota.calls.get(address) ?? []).reduce((n, [, u]) => n + u, 0);
      results.quota = {
        emails: QUOTA_EMAILS,
        drafted: outcome.drafted,
        duplicates: outcome.duplicates,
        seconds: round((end - t0) / 1000, 1),
        emailsPerSecond: round(outcome.drafted / outcome.seconds, 2),
        unitsPerEmail: round(units / Math.max(1, outcome.drafted), 1),
        meanUnitsPerSecond: round(units / ((end - t0) / 1000), 1),
        peakUnitsPerSecond1s: peakUnits(quota, 1000, t0, end).perSecond,
        peakUnitsPerSecond10s: peakUnits(quota, 10_000, t0, end).perSecond,
        peakUnitsPerSecond60s: peakUnits(quota, 60_000, t0, end).perSecond,
        limitPerSecond: GMAIL_UNITS_PER_USER_PER_SECOND,
        gmail429: quota.rejected,
        webhookToDraft: outcome.latency,
        pushesNot204: non204,
        cpu,
        memory: memory(),
      };
      log(
        `quota: ${round(units / ((end - t0) / 1000), 1)} units/s mean, 60-s peak ${peakUnits(quota, 60_000, t0, end).perSecond}/s`,
      );
    }

    printResult({
      bench: 'pipeline',
      at: new Date().toISOString(),
      git: gitState(),
      workers: WORKERS,
      workerConcurrency: Number(CONCURRENCY),
      extraEnv,
      nodeOptions: { api: shippedNodeOptions('api'), worker: shippedNodeOptions('worker') },
      nodeFlags: { api: shippedNodeFlags('api'), worker: shippedNodeFlags('worker') },
      nodeBinary: roleNodeBinary(),
      ...results,
      load: { before, after: loadConditions() },
    });
  } finally {
    await stack.close();
    await openai.stop();
  }
}

runBench(main);
