/**
 * npm run bench:latency — webhook-to-draft latency without a backlog: the product in the `all`
 * role (one process, real Postgres and Redis), the OpenAI fake answering at once (real SDK), the
 * Gmail fake. One email at a time: deliver it, send its signed push, wait for its draft in the
 * Gmail fake, then the next. Latency is from sending the push to the fake storing the draft.
 *
 * Same-run references: the push's own round trip (stored + enqueued, then 204), and `hostSpeed`.
 * Env knobs: BENCH_SAMPLES=300 BENCH_WARMUP=50 BENCH_MAILBOXES=20 BENCH_GAP_MS=20 (pause between
 * emails) BENCH_ENV='{"WORKER_CONCURRENCY":"4"}' (extra env for the role)
 * Prints one JSON line at the end.
 */
import { OpenAiFake } from '../test/fakes/openai.fake.js';
import { CpuMeter } from './lib/cpu.js';
import { gitState } from './lib/git.js';
import { hostSpeedMs, loadConditions, log, printResult, sleep } from './lib/infra.js';
import { latencyStats, question, trackDrafts } from './lib/mail-load.js';
import { roleNodeBinary, shippedNodeFlags, shippedNodeOptions } from './lib/roles.js';
import { Stack } from './lib/stack.js';
import { runBench } from './lib/run.js';
import { needsReplyAnswer } from './lib/llm-answers.js';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 50);
const MAILBOXES = Number(process.env.BENCH_MAILBOXES ?? 20);
const GAP_MS = Number(process.env.BENCH_GAP_MS ?? 20);
/** A draft not there by then counts as lost (and stops the run). */
const DRAFT_TIMEOUT_MS = 30_000;
const TARGET = { p50Ms: 150, p99Ms: 500 };

const answer = needsReplyAnswer;

async function main(): Promise<void> {
  const before = loadConditions();
  const openai = new OpenAiFake();
  await openai.start();
  openai.respondWith(answer);
  const extraEnv = JSON.parse(process.env.BENCH_ENV ?? '{}') as Record<string, string>;
  const waiting = new Map<string, (at: number) => void>();
  const drafts = trackDrafts((key, at) => waiting.get(key)?.(at));
  const stack = await new Stack({
    name: 'latency',
    env: {
      LLM_PROVIDER: 'openai',
      OPENAI_API_KEY: openai.apiKey,
      OPENAI_BASE_URL: openai.baseURL,
      LLM_FALLBACK_PROVIDER: 'none',
      ...extraEnv,
    },
  }).start();
  try {
    const app = await stack.role('all', 'all').start();
    const addresses = await stack.seedMailboxes(MAILBOXES, 'lat');
    const meter = new CpuMeter([
      { name: 'all', pids: () => (app.pid ? [app.pid] : []) },
      { name: 'postgres', pids: () => stack.backendPids() },
      { name: 'redis', pids: () => (stack.redis.proc.pid ? [stack.redis.proc.pid] : []) },
      { name: 'fakes+driver', pids: () => [process.pid] },
    ]);

    /** One email end to end; resolves with [push round trip, webhook-to-draft] in ms. */
    const one = async (i: number, tag: string): Promise<[number, number]> => {
      const address = addresses[i % addresses.length]!;
      const d = stack.gmail.deliver(address, question(i, tag));
      const key = `${address}|${d.threadId}`;
      const drafted = new Promise<number>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no draft for ${tag} ${i} after ${DRAFT_TIMEOUT_MS} ms`)),
          DRAFT_TIMEOUT_MS,
        );
        waiting.set(key, (at) => {
          clearTimeout(timer);
          resolve(at);
        });
      });
      const sent = Date.now();
      const status = await stack.push(app.url, address, d.historyId);
      const acked = Date.now();
      if (status !== 204) throw new Error(`push answered ${status}`);
      const at = await drafted;
      waiting.delete(key);
      return [acked - sent, at - sent];
    };

    log(`warm-up: ${WARMUP} emails one at a time`);
    for (let i = 0; i < WARMUP; i++) await one(i, 'warm');
    const speedBefore = hostSpeedMs();
    log(`measuring: ${SAMPLES} emails one at a time over ${MAILBOXES} mailboxes`);
    const pushes: number[] = [];
    const latencies: number[] = [];
    await meter.begin();
    for (let i = 0; i < SAMPLES; i++) {
      const [push, draft] = await one(i, 'lat');
      pushes.push(push);
      latencies.push(draft);
      await sleep(GAP_MS);
    }
    const cpu = await meter.end();
    const latency = latencyStats(latencies);
    const push = latencyStats(pushes);
    log(
      `webhook→draft p50 ${latency.p50Ms} ms p99 ${latency.p99Ms} ms (push round trip p50 ${push.p50Ms} ms p99 ${push.p99Ms} ms); others busy ${cpu.othersBusyCores} cores`,
    );
    const duplicates = [...drafts.created.values()].reduce((n, t) => n + t.length - 1, 0);
    printResult({
      bench: 'latency',
      at: new Date().toISOString(),
      git: gitState(),
      role: 'all',
      extraEnv,
      nodeOptions: shippedNodeOptions('all'),
      nodeFlags: shippedNodeFlags('all'),
      nodeBinary: roleNodeBinary(),
      samples: SAMPLES,
      warmup: WARMUP,
      mailboxes: MAILBOXES,
      gapMs: GAP_MS,
      webhookToDraft: latency,
      reference: {
        pushRoundTrip: push,
        hostSpeed: { beforeMs: speedBefore, afterMs: hostSpeedMs() },
      },
      duplicates,
      cpu,
      memory: app.memory(),
      target: TARGET,
      targetMet: latency.p50Ms < TARGET.p50Ms && latency.p99Ms < TARGET.p99Ms,
      load: { before, after: loadConditions() },
    });
  } finally {
    await stack.close();
    await openai.stop();
  }
}

runBench(main);
