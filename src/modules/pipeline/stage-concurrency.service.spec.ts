import { createMock } from '@golevelup/ts-vitest';
import { Counter, Gauge, Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { aConfig } from '../../../test/support/builders.js';
import { QueueConfig } from '../../core/queue/queue.config.js';
import type { LlmPacing } from '../llm/llm-rate-limiter.service.js';
import type { LlmService } from '../llm/llm.service.js';
import { PipelineConfig } from './pipeline.config.js';
import { littleTarget, ProcessLoad, StageConcurrency } from './stage-concurrency.service.js';

describe('littleTarget', () => {
  it('is the allowed rate times the call latency, with headroom, within bounds', () => {
    const base = { allowedCallsPerSecond: 10_000 / 60, latencySeconds: 2.6, headroom: 1.25 };
    expect(littleTarget({ ...base, min: 4, max: 1000 })).toBe(
      Math.ceil((10_000 / 60) * 2.6 * 1.25),
    );
    expect(littleTarget({ ...base, min: 4, max: 300 })).toBe(300);
    expect(littleTarget({ ...base, allowedCallsPerSecond: 0.5, min: 4, max: 300 })).toBe(4);
  });
});

/**
 * The controller fed by hand: `calls(n, ms)` reports n LLM calls that took ms each; `load` is
 * what it reads at each tick: the process's CPU (cores) and the pool's queue.
 */
function rig(opts: { rpm?: number; min?: number; max?: number }) {
  const pacing: LlmPacing = {
    allowedCallsPerSecond: opts.rpm ? opts.rpm / 60 : undefined,
    grantedCalls: 0,
    waitedMs: 0,
    completedCalls: 0,
    callMs: 0,
  };
  const llm = createMock<LlmService>();
  llm.pacing.mockImplementation(() => ({ ...pacing }));
  const registers = [new Registry()];
  const size = new Gauge({ name: 'size', help: 'size', registers });
  const backOffs = new Counter({ name: 'backoffs', help: 'b', labelNames: ['reason'], registers });
  const controller = new StageConcurrency(
    aConfig(PipelineConfig, { PIPELINE_MAX_CONCURRENCY: opts.max ?? 1000 }),
    aConfig(QueueConfig, { WORKER_CONCURRENCY: opts.min ?? 4 }),
    llm,
    size,
    backOffs,
  );
  /** The gauge's value and the back-offs counted per reason. */
  const exported = async () => ({
    size: (await size.get()).values[0]?.value,
    backOffs: Object.fromEntries(
      (await backOffs.get()).values.map((v) => [v.labels.reason, v.value]),
    ),
  });
  const worker = { concurrency: 0 };
  const load = {
    cpu: 0.2,
    poolWaiters: 0,
    cores: () => load.cpu,
    poolWaitersPerConnection: () => load.poolWaiters,
  };
  controller.attach(worker, load);
  const calls = (n: number, ms: number) => {
    pacing.completedCalls += n;
    pacing.callMs += n * ms;
  };
  /** `count` ticks, each after 10 calls of `ms`; the sizes chosen. */
  const ticks = (count: number, ms: number) =>
    Array.from({ length: count }, () => {
      calls(10, ms);
      return controller.tick();
    });
  return { controller, worker, load, calls, ticks, exported };
}

describe('StageConcurrency', () => {
  it('grows from WORKER_CONCURRENCY to rate × latency × headroom, at most doubling per tick', async () => {
    const { controller, worker, ticks, exported } = rig({ rpm: 10_000 });
    expect((await exported()).size).toBe(4);
    expect(worker.concurrency).toBe(4);
    const sizes = ticks(10, 2_000);
    const little = Math.ceil((10_000 / 60) * 2 * 1.25);
    expect(sizes.slice(0, 3)).toEqual([8, 16, 32]);
    expect(sizes.at(-1)).toBe(little);
    expect(worker.concurrency).toBe(little);
    expect(await exported()).toEqual({ size: little, backOffs: { cpu: 0, database: 0 } });
    controller.onModuleDestroy();
  });

  it('follows the latency as it drifts, smoothed', () => {
    const { controller, ticks } = rig({ rpm: 6_000 });
    expect(ticks(8, 1_000).at(-1)).toBe(125); // 100/s × 1 s × 1.25
    const slower = ticks(12, 3_000);
    expect(slower[0]).toBeGreaterThan(125);
    expect(slower[0]).toBeLessThan(375);
    // The running mean approaches the new latency (300/s × 3 s × 1.25 = 375) without jumping.
    expect(slower.at(-1)).toBeGreaterThanOrEqual(365);
    expect(slower.at(-1)).toBeLessThanOrEqual(375);
    const faster = ticks(15, 1_000).at(-1) ?? 0;
    expect(faster).toBeGreaterThanOrEqual(125);
    expect(faster).toBeLessThanOrEqual(130);
    controller.onModuleDestroy();
  });

  it('stays at WORKER_CONCURRENCY without a configured limit, and within PIPELINE_MAX_CONCURRENCY', () => {
    const none = rig({});
    expect(none.ticks(3, 2_000)).toEqual([4, 4, 4]);
    none.controller.onModuleDestroy();
    const capped = rig({ rpm: 10_000, max: 100 });
    expect(capped.ticks(8, 2_000).at(-1)).toBe(100);
    expect(capped.worker.concurrency).toBe(100);
    capped.controller.onModuleDestroy();
  });

  it('measures across ticks until enough calls came back', () => {
    const { controller, calls } = rig({ rpm: 6_000, min: 2 });
    calls(2, 2_000);
    expect(controller.tick()).toBe(2);
    calls(2, 2_000);
    expect(controller.tick()).toBe(2);
    calls(2, 2_000);
    expect(controller.tick()).toBe(4);
    controller.onModuleDestroy();
  });

  it.each([
    ['uses a whole core', { cpu: 0.98, poolWaiters: 0 }, 'cpu'],
    ['queues for database connections', { cpu: 0.3, poolWaiters: 2.5 }, 'database'],
  ])(
    'backs off when the process %s for two ticks of three, then probes upwards slowly',
    async (_what, saturated, reason) => {
      const { controller, load, ticks, exported } = rig({ rpm: 10_000 });
      const little = Math.ceil((10_000 / 60) * 2 * 1.25);
      expect(ticks(10, 2_000).at(-1)).toBe(little);
      Object.assign(load, saturated);
      const [held, backedOff] = ticks(2, 2_000);
      expect(held).toBe(little);
      expect(backedOff).toBe(Math.floor(little * 0.75));
      // Still saturated: the next back-off waits for a fresh window, for this one to show.
      const [heldAgain, again] = ticks(2, 2_000);
      expect(heldAgain).toBe(backedOff);
      expect(again).toBe(Math.floor(backedOff * 0.75));
      Object.assign(load, { cpu: 0.5, poolWaiters: 0.2 });
      expect(await exported()).toEqual({
        size: again,
        backOffs: { cpu: 0, database: 0, [reason]: 2 },
      });
      const first = Math.ceil(again * 1.05);
      expect(ticks(2, 2_000)).toEqual([first, Math.ceil(first * 1.05)]);
      controller.onModuleDestroy();
    },
  );

  it.each([
    ['a whole core', { cpu: 0.98, poolWaiters: 0 }],
    ['a queue for connections', { cpu: 0.3, poolWaiters: 2.5 }],
  ])('holds its size through one tick of %s, then grows on', async (_what, burst) => {
    const { controller, load, ticks, exported } = rig({ rpm: 10_000 });
    const little = Math.ceil((10_000 / 60) * 2 * 1.25);
    expect(ticks(5, 2_000)).toEqual([8, 16, 32, 64, 128]);
    Object.assign(load, burst);
    expect(ticks(1, 2_000)).toEqual([128]);
    Object.assign(load, { cpu: 0.5, poolWaiters: 0.2 });
    expect(ticks(3, 2_000)).toEqual([256, little, little]);
    // A busy tick now and then, two quiet ones between, never adds up to a back-off.
    for (let i = 0; i < 3; i++) {
      Object.assign(load, burst);
      expect(ticks(1, 2_000)).toEqual([little]);
      Object.assign(load, { cpu: 0.5, poolWaiters: 0.2 });
      expect(ticks(2, 2_000)).toEqual([little, little]);
    }
    expect(await exported()).toEqual({ size: little, backOffs: { cpu: 0, database: 0 } });
    controller.onModuleDestroy();
  });

  it('backs off when busy and quiet ticks alternate, and counts no cut at its floor', async () => {
    const { controller, load, ticks, exported } = rig({ rpm: 10_000, min: 300 });
    const little = Math.ceil((10_000 / 60) * 2 * 1.25);
    expect(ticks(2, 2_000)).toEqual([little, little]);
    const busy = { cpu: 0.98, poolWaiters: 0 };
    const quiet = { cpu: 0.5, poolWaiters: 0.2 };
    Object.assign(load, busy);
    expect(ticks(1, 2_000)).toEqual([little]);
    Object.assign(load, quiet);
    expect(ticks(1, 2_000)).toEqual([little]);
    Object.assign(load, busy);
    const cut = Math.floor(little * 0.75);
    expect(ticks(1, 2_000)).toEqual([cut]);
    expect((await exported()).backOffs).toEqual({ cpu: 1, database: 0 });
    // Down to WORKER_CONCURRENCY; there a back-off cuts nothing, and counts nothing.
    expect(ticks(2, 2_000)).toEqual([cut, 300]);
    for (let i = 0; i < 3; i++) expect(ticks(2, 2_000)).toEqual([300, 300]);
    expect(await exported()).toEqual({ size: 300, backOffs: { cpu: 2, database: 0 } });
    controller.onModuleDestroy();
  });

  it('keeps its size through a tick without calls', () => {
    const { controller, ticks } = rig({ rpm: 3_000 });
    const sized = ticks(6, 1_000).at(-1);
    expect(sized).toBe(Math.ceil(50 * 1 * 1.25));
    expect(controller.tick()).toBe(sized);
    controller.onModuleDestroy();
  });
});

describe('ProcessLoad', () => {
  it('reads a busy loop as several times the CPU of an idle wait', async () => {
    const probe = new ProcessLoad();
    await new Promise((r) => setTimeout(r, 200));
    const idle = probe.cores();
    const end = Date.now() + 200;
    while (Date.now() < end) Math.sqrt(Math.random());
    const busy = probe.cores();
    // On a shared host the busy loop gets less than a core; still far more than the wait.
    expect(busy).toBeGreaterThan(3 * idle);
    expect(busy).toBeLessThanOrEqual(2.5);
  });

  it("averages the pool's queue per connection between readings", async () => {
    const pool = { waitingCount: 30, options: { max: 10 } };
    const probe = new ProcessLoad(pool);
    await new Promise((r) => setTimeout(r, 600));
    expect(probe.poolWaitersPerConnection()).toBe(3);
    pool.waitingCount = 0;
    await new Promise((r) => setTimeout(r, 600));
    expect(probe.poolWaitersPerConnection()).toBe(0);
    probe.stop();
  });
});
